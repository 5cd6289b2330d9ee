import { ApiProperty } from '@nestjs/swagger';
import { CONTENT_KINDS, ROLES } from '../../policy/abilities.js';

/** The signed-in person, as the UI needs them. */
export class UserViewDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, enum: [...ROLES], isArray: true }) roles!: string[];
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ description: 'holds a role that needs two-factor sign-in and has not set it up' }) mfaSetupRequired!: boolean;
}

export class LoginResultDto {
  @ApiProperty({ description: 'the bearer token; the same value is set as the `sid` cookie' }) token!: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: UserViewDto }) user!: UserViewDto;
}

export class LiveGrantDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) settingId!: string;
  @ApiProperty({ type: String, enum: [...CONTENT_KINDS], isArray: true }) scopes!: string[];
}

export class SessionSettingsDto {
  @ApiProperty() idleMinutes!: number;
}

export class MeDto {
  @ApiProperty({ type: UserViewDto }) user!: UserViewDto;
  @ApiProperty({ type: [LiveGrantDto] }) grants!: LiveGrantDto[];
  @ApiProperty({ type: 'array', items: {}, description: "the caller's CASL rules, packed (`@casl/ability/extra` packRules)" }) rules!: unknown[];
  @ApiProperty({ type: SessionSettingsDto }) session!: SessionSettingsDto;
}

export class TwoFactorSetupDto {
  @ApiProperty() secret!: string;
  @ApiProperty() otpauthUrl!: string;
  @ApiProperty({ description: 'a PNG data URL of the otpauth link' }) qrCode!: string;
}

export class UserResultDto {
  @ApiProperty({ type: UserViewDto }) user!: UserViewDto;
}

export class PasswordResetAcceptedDto {
  @ApiProperty({ enum: ['accepted'] }) status!: string;
  @ApiProperty() message!: string;
}

export class PasswordSetDto {
  @ApiProperty({ enum: ['password_set'] }) status!: string;
}
