import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { ReadOnlyFields } from '../../common/read-only-fields.js';
import { IfPresent } from '../../common/validation.js';
import { SUBJECT_REQUEST_KINDS, SUBJECT_REQUEST_STATUSES, type SubjectRequestKind, type SubjectRequestStatus } from '../subject-request.entity.js';

export class CreateSubjectRequestDto {
  @ApiProperty() @IsUUID() settingId!: string;
  @ApiProperty({ enum: SUBJECT_REQUEST_KINDS }) @IsIn(SUBJECT_REQUEST_KINDS) kind!: SubjectRequestKind;
  @ApiPropertyOptional({ format: 'date-time', description: 'when the controller received it (default: now); the month runs from then' })
  @IfPresent() @IsISO8601({ strict: true }) receivedAt?: string;
  @ApiPropertyOptional({ description: 'what was asked and what was done; never the subject\'s records' })
  @IfPresent() @IsString() @MaxLength(10_000) notes?: string;
}

export class UpdateSubjectRequestDto extends ReadOnlyFields {
  @ApiPropertyOptional({ description: 'a request stays with its setting; sending it back unchanged is fine' }) @IfPresent() @IsUUID() settingId?: string;
  @ApiPropertyOptional({ enum: SUBJECT_REQUEST_KINDS }) @IfPresent() @IsIn(SUBJECT_REQUEST_KINDS) kind?: SubjectRequestKind;
  @ApiPropertyOptional({ format: 'date-time' }) @IfPresent() @IsISO8601({ strict: true }) receivedAt?: string;
  @ApiPropertyOptional({ enum: SUBJECT_REQUEST_STATUSES }) @IfPresent() @IsIn(SUBJECT_REQUEST_STATUSES) status?: SubjectRequestStatus;
  @ApiPropertyOptional() @IfPresent() @IsString() @MaxLength(10_000) notes?: string;
  // Kept by the server: the deadline, when it was done, when SMT was told, who logged it, whether it is late.
  @ApiHideProperty() @Allow() dueAt?: unknown;
  @ApiHideProperty() @Allow() completedAt?: unknown;
  @ApiHideProperty() @Allow() overdueNotifiedAt?: unknown;
  @ApiHideProperty() @Allow() loggedById?: unknown;
  @ApiHideProperty() @Allow() overdue?: unknown;
}
