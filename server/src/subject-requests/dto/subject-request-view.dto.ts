import { Id, NullTime, NullUuid, OneOf, Text, Time, Uuid } from '../../common/api-fields.js';
import { ApiProperty } from '@nestjs/swagger';
import { SUBJECT_REQUEST_KINDS, SUBJECT_REQUEST_STATUSES } from '../subject-request.entity.js';

export class SubjectRequestViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @OneOf(SUBJECT_REQUEST_KINDS) kind?: string;
  @Time() receivedAt?: string;
  @Time() dueAt?: string;
  @OneOf(SUBJECT_REQUEST_STATUSES) status?: string;
  @Text() notes?: string;
  @NullTime() completedAt?: string | null;
  @NullTime() overdueNotifiedAt?: string | null;
  @NullUuid() loggedById?: string | null;
  @ApiProperty({ type: Boolean, required: false }) overdue?: boolean;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}
