import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { AccessReview } from './access-review.entity.js';
import { AccessReviewsController } from './access-reviews.controller.js';
import { AccessReviewsService } from './access-reviews.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AccessReview]), AuditModule, MailModule, StaffModule],
  controllers: [AccessReviewsController],
  providers: [AccessReviewsService],
})
export class AccessReviewsModule {}
