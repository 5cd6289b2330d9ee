import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StaffDirectoryModule } from '../staff/staff-directory.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { AccessReview } from './access-review.entity.js';
import { AccessReviewsController } from './access-reviews.controller.js';
import { AccessReviewsRepository } from './access-reviews.repository.js';
import { AccessReviewsService } from './access-reviews.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AccessReview]), AuditModule, MailModule, StaffModule, StaffDirectoryModule, AuthModule],
  controllers: [AccessReviewsController],
  providers: [AccessReviewsRepository, AccessReviewsService],
})
export class AccessReviewsModule {}
