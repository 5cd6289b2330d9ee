import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SupportCase } from './case.entity.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { CaseLookupRepository } from './case-lookup.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([SupportCase]), AuditModule, SettingsModule],
  controllers: [CasesController],
  providers: [CasesService, CaseLookupRepository],
  exports: [CasesService, CaseLookupRepository],
})
export class CasesModule {}
