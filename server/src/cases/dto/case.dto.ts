import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { IfPresent, NotBlank, Trimmed } from '../../common/validation.js';
import { ReadOnlyFields } from '../../common/read-only-fields.js';
import { CASE_STATUSES, type CaseStatus } from '../case.entity.js';

export class CreateCaseDto {
  @ApiProperty() @IsUUID() settingId!: string;
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(200) title!: string;
  @ApiPropertyOptional() @IfPresent() @IsString() @MaxLength(10_000) description?: string;
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IfPresent() @IsIn(CASE_STATUSES) status?: CaseStatus;
}

export class UpdateCaseDto extends ReadOnlyFields {
  @ApiPropertyOptional({ description: 'a case stays with its setting; sending it back unchanged is fine' }) @IfPresent() @IsUUID() settingId?: string;
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IfPresent() @IsString() @MaxLength(10_000) description?: string;
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IfPresent() @IsIn(CASE_STATUSES) status?: CaseStatus;
  // Kept by the server: linked through the incident, stamped on resolution.
  @ApiHideProperty() @Allow() incidentId?: unknown;
  @ApiHideProperty() @Allow() openedById?: unknown;
  @ApiHideProperty() @Allow() resolvedAt?: unknown;
}
