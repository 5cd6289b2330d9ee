import { Count, Flag, Id, NullText, NullTime, NullUuid, Text, Time } from '../../common/api-fields.js';

/** A message the product sent or will send; a reader without the body's rule sees only its delivery record. */
export class OutboxMessageViewDto {
  @Id() id!: string;
  @Text() kind?: string;
  @Text() to?: string;
  @Text() subject?: string;
  @Text() body?: string;
  @Flag() sensitive?: boolean;
  @Text() status?: string;
  @Count() attempts?: number;
  @NullText() lastError?: string | null;
  @NullTime() sentAt?: string | null;
  @NullUuid() incidentId?: string | null;
  @NullUuid() settingId?: string | null;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}
