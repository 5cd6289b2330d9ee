import { Count, Flag, Id, NullFlag, NullText, NullTime, NullUuid, OneOf, Text, Time, Uuid, UuidList } from '../../common/api-fields.js';

/** An incident as the API returns it: the stored facts and the clock at the moment of reading. */
export class IncidentViewDto {
  @Id() id!: string;
  @Text() title?: string;
  @Text() description?: string;
  @Time() discoveredAt?: string;
  @Time() declaredAt?: string;
  @Flag() lateDeclaration?: boolean;
  @OneOf(['active', 'resolved']) status?: string;
  @Uuid() ownerId?: string;
  @Uuid() declaredById?: string;
  @Flag() personalDataBreach?: boolean;
  @NullTime() breachNotifiedAt?: string | null;
  @NullTime() controllerDeadlineAt?: string | null;
  @NullFlag() functionalityRemoved?: boolean | null;
  @NullText() portalMessage?: string | null;
  @NullTime() portalMessageAt?: string | null;
  @Count() day?: number;
  @Count() cadenceMinutes?: number;
  @Count() cadenceDay1Minutes?: number;
  @Count() cadenceLaterMinutes?: number;
  @NullTime() lastCustomerUpdateAt?: string | null;
  @NullTime() nextUpdateDueAt?: string | null;
  @NullTime() remindAt?: string | null;
  @Flag() reminderDue?: boolean;
  @Flag() overdue?: boolean;
  @Count() missedUpdates?: number;
  @UuidList() affectedSettingIds?: string[];
  @Count() affectedSettingsCount?: number;
  @NullTime() resolvedAt?: string | null;
  @NullUuid() resolvedById?: string | null;
  @NullText() resolutionSummary?: string | null;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
  @Time() readAt?: string;
}
