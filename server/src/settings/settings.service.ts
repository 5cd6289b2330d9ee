import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditedRecords } from '../common/audited-records.js';
import { CommonError } from '../common/domain-error.js';
import type { ListSpec } from '../common/list-query.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import type { CreateSettingDto, UpdateSettingDto } from './dto/setting.dto.js';
import { Setting } from './setting.entity.js';

export const SETTINGS_LIST: ListSpec = {
  sortable: ['name', 'kind', 'postcode', 'subscriptionStatus', 'subscriptionEndsAt', 'consentPolicy', 'createdAt', 'updatedAt'],
  filters: { kind: 'text', subscriptionStatus: 'text', consentPolicy: 'text', postcode: 'text', icoNumber: 'text', name: 'text' },
  search: ['name', 'postcode', 'icoNumber', 'contactEmail', 'address'],
  defaultSort: ['name', 'ASC'],
};

function toEntity(dto: CreateSettingDto | UpdateSettingDto): Partial<Setting> {
  const { subscriptionEndsAt, ...rest } = withoutReadOnly(dto, ['purgedAt', 'retentionWarnedAt']);
  return {
    ...(rest as Partial<Setting>),
    ...(subscriptionEndsAt !== undefined ? { subscriptionEndsAt: subscriptionEndsAt === null ? null : new Date(subscriptionEndsAt) } : {}),
  };
}

@Injectable()
export class SettingsService extends AuditedRecords<Setting> {
  constructor(@InjectDataSource() db: DataSource, audit: AuditService) {
    super(db, Setting, 'Setting', 'setting', SETTINGS_LIST, audit);
  }

  protected override settingIdOf(row: Setting): string {
    return row.id;
  }

  createSetting(me: Principal, dto: CreateSettingDto): Promise<Setting> {
    if (dto.subscriptionStatus === 'purged') throw CommonError.badInput('subscriptionStatus purged is set by the retention purge only');
    return this.create(me, { subscriptionStatus: 'active', consentPolicy: 'per_request', ...toEntity(dto) });
  }

  async updateSetting(me: Principal, id: string, dto: UpdateSettingDto): Promise<Setting> {
    const status = dto.subscriptionStatus;
    if (status !== undefined) {
      // Purged is final and only the retention purge reaches it: the records are gone.
      const current = await this.get(me, id);
      if (status !== current.subscriptionStatus && (status === 'purged' || current.subscriptionStatus === 'purged')) {
        throw CommonError.conflict(current.subscriptionStatus === 'purged' ? 'this setting was purged: its subscription status is final' : 'only the retention purge sets subscriptionStatus purged');
      }
    }
    return this.update(me, id, toEntity(dto));
  }

  /** Plain lookup for other modules (notifications, grants): no policy, no audit. */
  findById(id: string): Promise<Setting | null> {
    return this.db.getRepository(Setting).findOneBy({ id });
  }
}
