import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { ContentExportRepository } from './content-export.repository.js';
import { ContentPurgeRepository } from './content-purge.repository.js';
import { ContentLoader } from './content-loader.js';
import { Child, Media, Observation, Parent } from './content.entities.js';
import { ContentController } from './content.controller.js';
import { ContentRepository } from './content.repository.js';
import { ContentService } from './content.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Child, Observation, Parent, Media]), AuditModule, SettingsModule],
  controllers: [ContentController],
  providers: [ContentRepository, ContentService, ContentLoader, ContentExportRepository, ContentPurgeRepository],
  // Content leaves only through the audited service, the DPO's own export and the retention purge.
  exports: [ContentService, ContentLoader, ContentExportRepository, ContentPurgeRepository],
})
export class ContentModule {}
