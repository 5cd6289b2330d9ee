import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ContentLoader } from './content-loader.js';
import { Child, Media, Observation, Parent } from './content.entities.js';
import { ContentController } from './content.controller.js';
import { ContentService } from './content.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Child, Observation, Parent, Media]), AuditModule],
  controllers: [ContentController],
  providers: [ContentService, ContentLoader],
  exports: [ContentService, ContentLoader],
})
export class ContentModule {}
