import { ApiProperty } from '@nestjs/swagger';
import { Count, Id, NullText, NullTime, NullUuid, OneOf, Text, Time, Uuid } from '../../common/api-fields.js';
import { CONTENT_KINDS } from '../../policy/abilities.js';
import { ACCESS_STATUSES, CONSENT_STATUSES } from '../access-request.entity.js';

export class ConsentViewDto {
  @ApiProperty({ enum: [...CONSENT_STATUSES] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty({ type: String, enum: ['contract', 'email_link'], nullable: true }) method!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at!: string | null;
  @ApiProperty({ type: String, enum: ['per_request', 'contract'], nullable: true }) policy!: string | null;
  @ApiProperty({ type: String, nullable: true }) dpoEmail!: string | null;
}

/** An access request, and the grant it becomes; the status is as of the moment of reading. */
export class AccessRequestViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @Uuid() caseId?: string;
  @Uuid() requesterId?: string;
  @Text() justification?: string;
  @ApiProperty({ type: String, enum: [...CONTENT_KINDS], isArray: true, required: false }) scopes?: string[];
  @Count() minutes?: number;
  @OneOf(ACCESS_STATUSES) status?: string;
  @NullTime() respondBy?: string | null;
  @NullUuid() approverId?: string | null;
  @NullTime() decidedAt?: string | null;
  @NullText() decisionReason?: string | null;
  @NullTime() startsAt?: string | null;
  @NullTime() expiresAt?: string | null;
  @NullTime() endedAt?: string | null;
  @OneOf(['undecided', 'expired', 'revoked', 'case_resolved', 'consent_refused', 'credentials_reset'], true) endReason?: string | null;
  @NullUuid() endedById?: string | null;
  @ApiProperty({ type: ConsentViewDto, required: false }) consent?: ConsentViewDto;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}
