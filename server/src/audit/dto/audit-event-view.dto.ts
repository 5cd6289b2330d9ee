import { ApiProperty } from '@nestjs/swagger';
import { Count, Id, NullText, NullUuid, Text, Time } from '../../common/api-fields.js';

/** One audit event, with its place in the hash chain once sealed. */
export class AuditEventViewDto {
  @Id() id!: string;
  @Count() seq?: number;
  @Time() at?: string;
  @NullUuid() actorId?: string | null;
  @Text() action?: string;
  @Text() subjectType?: string;
  @NullText() subjectId?: string | null;
  @NullUuid() settingId?: string | null;
  @NullUuid() grantId?: string | null;
  @NullText() ip?: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, selfRequired: false }) detail?: Record<string, unknown>;
  @Time() createdAt?: string;
  @NullText() hash?: string | null;
  @NullText() prevHash?: string | null;
}
