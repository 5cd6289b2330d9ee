import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent, AuditSeal } from './audit-event.entity.js';
import { AuditController } from './audit.controller.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { AccessEventsRepository } from './access-events.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent, AuditSeal])],
  controllers: [AuditController],
  providers: [AuditService, AuditRepository, AccessEventsRepository],
  exports: [AuditService, AccessEventsRepository],
})
export class AuditModule {}
