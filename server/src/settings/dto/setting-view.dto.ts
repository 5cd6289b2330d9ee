import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Id, NullText, NullTime, OneOf, Text, Time } from '../../common/api-fields.js';
import { CONSENT_POLICIES, SETTING_KINDS, SUBSCRIPTION_STATUSES } from '../setting.entity.js';

/** A change held for the DPO's confirmation: inline, since a nullable reference is not expressible in OpenAPI 3.0. */
const PENDING_CHANGE: ApiPropertyOptions = {
  type: 'object',
  nullable: true,
  selfRequired: false,
  description: 'a change waiting for the DPO, or null',
  properties: {
    fields: { type: 'array', items: { type: 'string' } },
    values: { type: 'object', additionalProperties: true },
    requestedBy: { type: 'string', nullable: true },
    requestedAt: { type: 'string', format: 'date-time' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
  required: ['fields', 'values', 'requestedBy', 'requestedAt', 'expiresAt'],
};

export interface PendingChangeDto {
  fields: string[];
  values: Record<string, unknown>;
  requestedBy: string | null;
  requestedAt: string;
  expiresAt: string;
}

/** A setting as the API returns it: its basic details and any change waiting for the DPO. */
export class SettingViewDto {
  @Id() id!: string;
  @Text() name?: string;
  @OneOf(SETTING_KINDS) kind?: string;
  @NullText() address?: string | null;
  @NullText() postcode?: string | null;
  @NullText() icoNumber?: string | null;
  @NullText() dpoName?: string | null;
  @NullText() dpoEmail?: string | null;
  @NullText() contactEmail?: string | null;
  @NullText() contactPhone?: string | null;
  @OneOf([...SUBSCRIPTION_STATUSES, 'purged']) subscriptionStatus?: string;
  @NullTime() subscriptionEndsAt?: string | null;
  @NullTime() purgedAt?: string | null;
  @NullTime() retentionWarnedAt?: string | null;
  @OneOf(CONSENT_POLICIES) consentPolicy?: string;
  @ApiProperty(PENDING_CHANGE) pendingChange?: PendingChangeDto | null;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}
