import { Id, NullTime, NullUuid, OneOf, Text, Time, Uuid } from '../../common/api-fields.js';
import { CASE_STATUSES } from '../case.entity.js';

export class CaseViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @Text() title?: string;
  @Text() description?: string;
  @OneOf(CASE_STATUSES) status?: string;
  @NullUuid() incidentId?: string | null;
  @NullUuid() openedById?: string | null;
  @NullTime() resolvedAt?: string | null;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}
