import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SubjectRequest } from './subject-request.entity.js';
import { SubjectRequestsController } from './subject-requests.controller.js';
import { SubjectRequestsService } from './subject-requests.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SubjectRequest]), AuditModule, MailModule],
  controllers: [SubjectRequestsController],
  providers: [SubjectRequestsService],
})
export class SubjectRequestsModule {}
