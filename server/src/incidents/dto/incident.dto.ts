import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf,
} from 'class-validator';
import { ReadOnlyOf } from '../../common/read-only-of.js';
import { IfPresent, NotBlank, Trimmed } from '../../common/validation.js';
import {
  CONTACT_KINDS, DECISION_KINDS, UPDATE_AUDIENCES, type ContactKind, type DecisionKind, type UpdateAudience,
} from '../incident.entities.js';
import { IncidentViewDto } from './incident-view.dto.js';

/** How many settings one request may name; larger registers are built with several POSTs. */
export const MAX_SETTINGS_PER_REQUEST = 2000;

export class CreateIncidentDto {
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(200) title!: string;
  @ApiProperty() @IsString() @MaxLength(20_000) description!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'when the critical was discovered; may be in the past, never in the future; default now' })
  @IfPresent() @IsISO8601({ strict: true }) discoveredAt?: string;
  @ApiPropertyOptional({ type: [String] })
  @IfPresent() @IsArray() @ArrayMaxSize(MAX_SETTINGS_PER_REQUEST) @ArrayUnique() @IsUUID('all', { each: true }) affectedSettingIds?: string[];
  @ApiPropertyOptional() @IfPresent() @IsBoolean() personalDataBreach?: boolean;
}

/** The facts a person may change; every other field of the incident as returned is accepted back and ignored. */
export class UpdateIncidentDto extends ReadOnlyOf(IncidentViewDto) {
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IfPresent() @IsString() @MaxLength(20_000) description?: string;
  @ApiPropertyOptional() @IfPresent() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ description: 'flag a personal data breach: each affected setting\'s DPO is told at once; cannot be withdrawn' })
  @IfPresent() @IsBoolean() personalDataBreach?: boolean;
}

export class PostUpdateDto {
  @ApiProperty({ enum: UPDATE_AUDIENCES }) @IsIn(UPDATE_AUDIENCES) audience!: UpdateAudience;
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) message!: string;
}

export class AffectedSettingsDto {
  @ApiProperty({ type: [String] })
  @IsArray() @ArrayMaxSize(MAX_SETTINGS_PER_REQUEST) @ArrayUnique() @IsUUID('all', { each: true }) settingIds!: string[];
}

export class LinkCaseDto {
  @ApiProperty() @IsUUID() caseId!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: DECISION_KINDS }) @IsIn(DECISION_KINDS) kind!: DecisionKind;
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) rationale!: string;
}

export class PortalMessageDto {
  @ApiProperty({ type: String, nullable: true, description: 'the text shown publicly; null removes it' })
  @ValidateIf((_o, v) => v !== null) @Trimmed() @IsString() @NotBlank() @MaxLength(2000) message!: string | null;
}

export class ContactDto {
  @ApiProperty() @IsUUID() settingId!: string;
  @ApiProperty({ enum: CONTACT_KINDS }) @IsIn(CONTACT_KINDS) kind!: ContactKind;
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) summary!: string;
}

export class WrittenConfirmationDto {
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) message!: string;
  @ApiPropertyOptional({ type: [String], description: 'default: every affected setting whose written confirmation is outstanding' })
  @IfPresent() @IsArray() @ArrayMaxSize(MAX_SETTINGS_PER_REQUEST) @ArrayUnique() @IsUUID('all', { each: true }) settingIds?: string[];
}

export class ResolveDto {
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(20_000) summary!: string;
}

/** What UK GDPR Art. 33(3) asks a processor to give its controllers about a personal data breach. */
export class BreachNoticeDto {
  @ApiProperty({ description: 'the nature of the breach' }) @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) natureOfBreach!: string;
  @ApiProperty({ type: [String], description: 'categories of personal data concerned' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @IsString({ each: true }) @MaxLength(200, { each: true }) @Matches(/\S/, { each: true, message: 'each of $property must not be blank' })
  dataCategories!: string[];
  @ApiProperty({ description: 'approximate number of data subjects concerned' }) @IsInt() @Min(0) @Max(1_000_000_000) approxSubjects!: number;
  @ApiProperty({ description: 'approximate number of personal data records concerned' }) @IsInt() @Min(0) @Max(1_000_000_000_000) approxRecords!: number;
  @ApiProperty() @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) likelyConsequences!: string;
  @ApiProperty({ description: 'measures taken or proposed to address the breach and mitigate its effects' })
  @Trimmed() @IsString() @NotBlank() @MaxLength(10_000) measuresTaken!: string;
  @ApiProperty({ description: 'the contact point where more information can be obtained' })
  @Trimmed() @IsString() @NotBlank() @MaxLength(1000) contactPoint!: string;
}
