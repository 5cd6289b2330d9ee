import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SubProcessor } from './sub-processor.entity.js';
import { SubProcessorsController } from './sub-processors.controller.js';
import { SubProcessorsRepository } from './sub-processors.repository.js';
import { SubProcessorsService } from './sub-processors.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SubProcessor]), AuditModule, MailModule, SettingsModule],
  controllers: [SubProcessorsController],
  providers: [SubProcessorsRepository, SubProcessorsService],
  exports: [SubProcessorsService, SubProcessorsRepository],
})
export class SubProcessorsModule {}
