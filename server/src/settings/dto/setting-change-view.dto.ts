import { ApiProperty } from '@nestjs/swagger';
import { NullText, NullTime } from '../../common/api-fields.js';
import { SETTING_CHANGE_DECISIONS } from './setting-change.dto.js';

/** One field's value before the change and the value held for it. */
/** A setting's held fields are all text (or none). */
const FieldValue = (description: string) => ApiProperty({ type: String, nullable: true, description });

export class FieldChangeDto {
  @FieldValue('the value now') before!: string | null;
  @FieldValue('the value held for confirmation') after!: string | null;
}

/** What the setting's DPO is asked to confirm, for the public page. */
export class SettingChangeRequestViewDto {
  @ApiProperty({ enum: ['open', 'confirmed', 'rejected', 'closed'] }) state!: string;
  @NullText() settingName?: string | null;
  @ApiProperty({ type: [String] }) fields!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/FieldChangeDto' }, description: 'by field' })
  changes!: Record<string, FieldChangeDto>;
  @NullText() requestedByName?: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: string;
  @NullTime() decidedAt?: string | null;
}

/** The DPO's answer, as recorded. */
export class SettingChangeAnswerViewDto {
  @ApiProperty({ enum: SETTING_CHANGE_DECISIONS }) decision!: string;
  @ApiProperty({ enum: ['confirmed', 'rejected'] }) state!: string;
  @ApiProperty({ type: [String] }) fields!: string[];
}
