import { ApiProperty } from '@nestjs/swagger';
import { NullText, NullTime } from '../../common/api-fields.js';
import { CONTENT_KINDS } from '../../policy/abilities.js';
import { CONSENT_DECISIONS } from './access-request.dto.js';

/** Where the DPO's consent stands. */
export class ConsentStateDto {
  @ApiProperty() status!: string;
  @NullText() by?: string | null;
  @NullTime() at?: string | null;
}

/** The DPO's consent as recorded, with how it was given. */
export class ConsentRecordDto extends ConsentStateDto {
  @NullText() method?: string | null;
}

/** What the setting's DPO is asked to agree to, for the consent page. */
export class ConsentRequestViewDto {
  @ApiProperty({ enum: ['open', 'answered', 'closed'] }) state!: string;
  @NullText() settingName?: string | null;
  @NullText() requesterName?: string | null;
  @NullText() caseTitle?: string | null;
  @ApiProperty() justification!: string;
  @ApiProperty({ enum: CONTENT_KINDS, isArray: true }) scopes!: string[];
  @ApiProperty({ type: 'integer' }) minutes!: number;
  @ApiProperty({ type: String, format: 'date-time' }) respondBy!: string;
  @ApiProperty({ type: ConsentStateDto }) consent!: ConsentStateDto;
}

/** The DPO's answer and where the access request stands after it. */
export class ConsentAnswerViewDto {
  @ApiProperty({ enum: CONSENT_DECISIONS }) decision!: string;
  @ApiProperty() status!: string;
  @NullTime() startsAt?: string | null;
  @NullTime() expiresAt?: string | null;
  @ApiProperty({ type: ConsentRecordDto }) consent!: ConsentRecordDto;
}
