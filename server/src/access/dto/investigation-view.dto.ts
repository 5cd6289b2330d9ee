import { ApiProperty } from '@nestjs/swagger';
import { Id, NullText, NullTime, Text, Time, Uuid } from '../../common/api-fields.js';
import { CONTENT_KINDS } from '../../policy/abilities.js';

/** An anonymised investigation copy's record: never its rows. */
export class InvestigationViewDto {
  @Id() id!: string;
  @Uuid() requestId?: string;
  @Uuid() settingId?: string;
  @Uuid() caseId?: string;
  @Uuid() ownerId?: string;
  @ApiProperty({ type: String, enum: [...CONTENT_KINDS], isArray: true, required: false }) scopes?: string[];
  @Text() status?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, selfRequired: false }) counts?: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: true, selfRequired: false, nullable: true }) report?: Record<string, unknown> | null;
  @Time() deleteBy?: string;
  @NullTime() deletedAt?: string | null;
  @NullText() deleteReason?: string | null;
  @Time() createdAt?: string;
}
