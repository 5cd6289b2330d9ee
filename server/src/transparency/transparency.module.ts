import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { StaffDirectoryModule } from '../staff/staff-directory.module.js';
import { TransparencyController } from './transparency.controller.js';
import { TransparencyRepository } from './transparency.repository.js';
import { TransparencyService } from './transparency.service.js';

@Module({
  imports: [AuditModule, MailModule, AccessModule, CasesModule, SettingsModule, StaffDirectoryModule],
  controllers: [TransparencyController],
  providers: [TransparencyRepository, TransparencyService],
})
export class TransparencyModule {}
