import { Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { SupportCase } from './case.entity.js';
import { CasesController } from './cases.controller.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';
import { CaseLookupRepository } from './case-lookup.repository.js';

@Module({
  // The application's domain event bus (global), set up where its first event is emitted.
  imports: [TypeOrmModule.forFeature([SupportCase]), EventEmitterModule.forRoot(), AuditModule, SettingsModule],
  controllers: [CasesController],
  providers: [CasesService, CasesRepository, CaseLookupRepository],
  exports: [CasesService, CaseLookupRepository],
})
export class CasesModule {}
