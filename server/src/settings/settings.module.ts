import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { SettingChange } from './setting-change.entity.js';
import { SettingChangesController } from './setting-changes.controller.js';
import { SettingChangesRepository } from './setting-changes.repository.js';
import { SettingChangesService } from './setting-changes.service.js';
import { Setting } from './setting.entity.js';
import { SettingsController } from './settings.controller.js';
import { SettingsRepository } from './settings.repository.js';
import { SettingsService } from './settings.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Setting, SettingChange]), AuditModule, MailModule, StaffModule],
  controllers: [SettingsController, SettingChangesController],
  providers: [SettingsService, SettingChangesService, SettingsRepository, SettingChangesRepository],
  exports: [SettingsService, SettingsRepository],
})
export class SettingsModule {}
