import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ExportLink } from './export-link.entity.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ExportLink]), AuditModule, MailModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
