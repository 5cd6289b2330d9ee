import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsEmail, IsIn, IsISO8601, IsString, Matches, MaxLength } from 'class-validator';
import { ReadOnlyFields } from '../../common/read-only-fields.js';
import { IfPresent, IfValue, NotBlank, Trimmed } from '../../common/validation.js';
import { CONSENT_POLICIES, SETTING_KINDS, SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../setting.entity.js';

/** The basic details of a setting: never anything about its children or families. */
class SettingDetails extends ReadOnlyFields {
  @ApiPropertyOptional({ type: String, nullable: true }) @IfValue() @IsString() @MaxLength(500) address?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IfValue() @IsString() @MaxLength(16) postcode?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ZA123456', pattern: '^[A-Za-z0-9]{6,12}$' })
  @IfValue() @IsString() @Matches(/^[A-Z0-9]{6,12}$/i, { message: 'icoNumber must be an ICO registration number such as ZA123456' })
  icoNumber?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IfValue() @IsString() @MaxLength(200) dpoName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' }) @IfValue() @IsEmail() @MaxLength(320) dpoEmail?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' }) @IfValue() @IsEmail() @MaxLength(320) contactEmail?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, pattern: '^\\+?[0-9 ()-]{6,20}$' })
  @IfValue() @IsString() @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;
  @ApiPropertyOptional({ enum: SUBSCRIPTION_STATUSES, description: '`purged` is set by the retention purge; it may be sent back unchanged' })
  @IfPresent() @IsIn([...SUBSCRIPTION_STATUSES, 'purged']) subscriptionStatus?: SubscriptionStatus;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) @IfValue() @IsISO8601() subscriptionEndsAt?: string | null;
  @ApiPropertyOptional({ enum: CONSENT_POLICIES }) @IfPresent() @IsIn(CONSENT_POLICIES) consentPolicy?: (typeof CONSENT_POLICIES)[number];
}

export class CreateSettingDto extends SettingDetails {
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(200) name!: string;
  @ApiProperty({ enum: SETTING_KINDS }) @IsIn(SETTING_KINDS) kind!: (typeof SETTING_KINDS)[number];
}

export class UpdateSettingDto extends SettingDetails {
  // Computed by the server (a change waiting for the DPO): accepted when sent back, never applied.
  @ApiHideProperty() @Allow() pendingChange?: unknown;
  // Kept by the server (the retention purge and its notice): accepted when sent back, never applied.
  @ApiHideProperty() @Allow() purgedAt?: unknown;
  @ApiHideProperty() @Allow() retentionWarnedAt?: unknown;
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: SETTING_KINDS }) @IfPresent() @IsIn(SETTING_KINDS) kind?: (typeof SETTING_KINDS)[number];
}
