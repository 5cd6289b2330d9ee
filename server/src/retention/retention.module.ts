import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { RetentionService } from './retention.service.js';

@Module({
  imports: [AuditModule, MailModule, AccessModule],
  providers: [RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}
