import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { Staff } from '../staff/staff.entity.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';
import { Session } from './session.entity.js';
import { SessionStrategy } from './session.strategy.js';
import { SessionsService } from './sessions.service.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([Session, Staff]), AuditModule],
  controllers: [AuthController],
  providers: [AuthService, PasswordService, SessionsService, SessionStrategy, TwoFactorService],
  exports: [AuthService, PasswordService, SessionsService, TwoFactorService],
})
export class AuthModule {}
