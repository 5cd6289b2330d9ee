import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SettingChange } from './setting-change.entity.js';
import { SettingChangesController } from './setting-changes.controller.js';
import { SettingChangesService } from './setting-changes.service.js';
import { Setting } from './setting.entity.js';
import { SettingsController } from './settings.controller.js';
import { SettingsService } from './settings.service.js';
import { SettingContactsRepository } from './setting-contacts.repository.js';
import { SettingRetentionRepository } from './setting-retention.repository.js';
import { SettingDirectoryRepository } from './setting-directory.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([Setting, SettingChange]), AuditModule, MailModule],
  controllers: [SettingsController, SettingChangesController],
  providers: [SettingsService, SettingChangesService, SettingContactsRepository, SettingRetentionRepository, SettingDirectoryRepository],
  exports: [SettingsService, SettingContactsRepository, SettingRetentionRepository, SettingDirectoryRepository],
})
export class SettingsModule {}
