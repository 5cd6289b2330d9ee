import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsISO8601, IsString, MaxLength } from 'class-validator';
import { IfPresent, IfValue, NotBlank, Trimmed } from '../../common/validation.js';
import { ReadOnlyFields } from '../../common/read-only-fields.js';
import { ROLES, type Role } from '../../policy/abilities.js';

export class CreateStaffDto {
  @ApiProperty() @IsEmail() @MaxLength(320) email!: string;
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(200) name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) @IsArray() @ArrayUnique() @ArrayMaxSize(5) @IsIn(ROLES, { each: true }) roles!: Role[];
  @ApiProperty({ description: '12-128 characters, upper and lower case and a digit, not a common password' })
  @IsString() @MaxLength(128) password!: string;
  @ApiPropertyOptional() @IfPresent() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'when their data-protection training was completed' })
  @IfValue() @IsISO8601({ strict: true }) trainingCompletedAt?: string | null;
}

export class UpdateStaffDto extends ReadOnlyFields {
  @ApiPropertyOptional() @IfPresent() @IsEmail() @MaxLength(320) email?: string;
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IfPresent() @IsArray() @ArrayUnique() @ArrayMaxSize(5) @IsIn(ROLES, { each: true }) roles?: Role[];
  @ApiPropertyOptional() @IfPresent() @IsBoolean() active?: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'when their data-protection training was completed (null: none on record)' })
  @IfValue() @IsISO8601({ strict: true }) trainingCompletedAt?: string | null;
  // Kept by the server (lockout, enrolment): accepted when sent back, never applied.
  @ApiHideProperty() @Allow() lockedUntil?: unknown;
  @ApiHideProperty() @Allow() mfaEnabled?: unknown;
  @ApiHideProperty() @Allow() lastSignInAt?: unknown;
}
