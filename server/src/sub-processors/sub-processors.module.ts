import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SubProcessor } from './sub-processor.entity.js';
import { SubProcessorsController } from './sub-processors.controller.js';
import { SubProcessorsService } from './sub-processors.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SubProcessor]), AuditModule, MailModule],
  controllers: [SubProcessorsController],
  providers: [SubProcessorsService],
  exports: [SubProcessorsService],
})
export class SubProcessorsModule {}
