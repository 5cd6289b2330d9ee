import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SignedInController } from './signed-in.controller.js';
import { StaffController } from './staff.controller.js';
import { Staff } from './staff.entity.js';
import { StaffRepository } from './staff.repository.js';
import { StaffService } from './staff.service.js';
import { StaffDirectoryModule } from './staff-directory.module.js';

@Module({
  imports: [TypeOrmModule.forFeature([Staff]), AuthModule, AuditModule, MailModule, StaffDirectoryModule],
  controllers: [StaffController, SignedInController],
  providers: [StaffService, StaffRepository],
  exports: [StaffService, StaffRepository, StaffDirectoryModule],
})
export class StaffModule {}
