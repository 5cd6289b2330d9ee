import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { StaffDirectoryModule } from '../staff/staff-directory.module.js';
import { SubjectRequest } from './subject-request.entity.js';
import { SubjectRequestsController } from './subject-requests.controller.js';
import { SubjectRequestsRepository } from './subject-requests.repository.js';
import { SubjectRequestsService } from './subject-requests.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SubjectRequest]), AuditModule, MailModule, SettingsModule, StaffDirectoryModule],
  controllers: [SubjectRequestsController],
  providers: [SubjectRequestsRepository, SubjectRequestsService],
})
export class SubjectRequestsModule {}
