import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StaffDirectoryModule } from '../staff/staff-directory.module.js';
import { SettingChange } from './setting-change.entity.js';
import { SettingChangesController } from './setting-changes.controller.js';
import { SettingChangesRepository } from './setting-changes.repository.js';
import { SettingChangesService } from './setting-changes.service.js';
import { Setting } from './setting.entity.js';
import { SettingsController } from './settings.controller.js';
import { SettingsRepository } from './settings.repository.js';
import { SettingsService } from './settings.service.js';
import { SettingContactsRepository } from './setting-contacts.repository.js';
import { SettingRetentionRepository } from './setting-retention.repository.js';
import { SettingDirectoryRepository } from './setting-directory.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([Setting, SettingChange]), AuditModule, MailModule, StaffDirectoryModule],
  controllers: [SettingsController, SettingChangesController],
  providers: [SettingsService, SettingChangesService, SettingsRepository, SettingChangesRepository, SettingContactsRepository, SettingRetentionRepository, SettingDirectoryRepository],
  exports: [SettingsService, SettingsRepository, SettingContactsRepository, SettingRetentionRepository, SettingDirectoryRepository],
})
export class SettingsModule {}
