import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { Staff } from '../staff/staff.entity.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CredentialsRepository } from './credentials.repository.js';
import { LoginRefusalFilter } from './login-refusal.filter.js';
import { PasswordResetController } from './password-reset.controller.js';
import { PasswordReset } from './password-reset.entity.js';
import { PasswordResetsService } from './password-resets.service.js';
import { PasswordService } from './password.service.js';
import { SecretsBox } from './secrets-box.js';
import { Session } from './session.entity.js';
import { SessionStrategy } from './session.strategy.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { SignInsRepository } from './sign-ins.repository.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([Session, Staff, PasswordReset]), AuditModule, MailModule, AccessModule],
  controllers: [AuthController, PasswordResetController],
  providers: [AuthService, PasswordService, SessionsService, SessionStrategy, TwoFactorService, SecretsBox, PasswordResetsService, LoginRefusalFilter, SessionsRepository, CredentialsRepository, SignInsRepository],
  exports: [AuthService, PasswordService, SessionsService, TwoFactorService, PasswordResetsService, SignInsRepository],
})
export class AuthModule {}
