import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditedRecords } from '../database/audited-records.js';
import { CommonError } from '../common/domain-error.js';
import type { ListParams, ListResult, ListSpec } from '../database/list-query.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import type { CreateSettingDto, UpdateSettingDto } from './dto/setting.dto.js';
import { changesOf, heldFields, SettingChangesService, type PendingChangeView } from './setting-changes.service.js';
import { Setting } from './setting.entity.js';

export type SettingView = Setting & { pendingChange: PendingChangeView | null };

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
  constructor(@InjectDataSource() db: DataSource, audit: AuditService, private readonly changes: SettingChangesService) {
    super(db, Setting, 'Setting', 'setting', SETTINGS_LIST, audit);
  }

  /** Settings as the API shows them: with the change that waits for their DPO, if any. */
  async withPending(rows: Setting[], manager?: EntityManager): Promise<SettingView[]> {
    const pending = await this.changes.pendingFor(rows.map((r) => r.id), manager);
    return rows.map((r) => ({ ...r, pendingChange: pending.get(r.id) ?? null }));
  }

  async listView(me: Principal, params: ListParams): Promise<ListResult<SettingView>> {
    const result = await this.list(me, params);
    return { ...result, rows: await this.withPending(result.rows) };
  }

  async getView(me: Principal, id: string): Promise<SettingView> {
    const [view] = await this.withPending([await this.get(me, id)]);
    return view!;
  }

  /** Every change is audited with the values before and after; loosening consent or moving the DPO waits for the DPO. */
  override async update(me: Principal, id: string, changes: Partial<Setting>): Promise<Setting> {
    return this.db.transaction(async (m) => {
      await this.get(me, id, m);
      const row = await m.getRepository(Setting).createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write').getOneOrFail();
      this.assertCan(me, 'update', row);
      const held = heldFields(row, changes);
      const now: Partial<Setting> = {};
      for (const [k, v] of Object.entries(changes)) {
        if (!held.includes(k) && String(v) !== String(row[k as keyof Setting])) (now as Record<string, unknown>)[k] = v;
      }
      if (Object.keys(now).length > 0) {
        await m.update(Setting, { id }, now);
        const before = Object.fromEntries(Object.keys(now).map((k) => [k, row[k as keyof Setting]]));
        await this.audit.record({
          actorId: me.staff.id, action: 'setting.update', subjectType: 'Setting', subjectId: id, settingId: id, ip: me.ip,
          detail: { changed: Object.keys(now), changes: changesOf(before, now) },
        }, m);
      }
      if (held.length > 0) await this.changes.hold(me, row, Object.fromEntries(held.map((f) => [f, changes[f as keyof Setting] ?? null])), m);
      return m.findOneByOrFail(Setting, { id });
    });
  }

  protected override settingIdOf(row: Setting): string {
    return row.id;
  }

  async createSetting(me: Principal, dto: CreateSettingDto): Promise<SettingView> {
    if (dto.subscriptionStatus === 'purged') throw CommonError.badInput('subscriptionStatus purged is set by the retention purge only');
    const data: Partial<Setting> = { subscriptionStatus: 'active', consentPolicy: 'per_request', ...toEntity(dto) };
    this.assertCan(me, 'create', data);
    return this.db.transaction(async (m) => {
      const row = await m.save(m.create(Setting, data));
      await this.audit.record({
        actorId: me.staff.id, action: 'setting.create', subjectType: 'Setting', subjectId: row.id, settingId: row.id, ip: me.ip,
        detail: { fields: Object.keys(data), changes: changesOf({}, data as Record<string, unknown>) },
      }, m);
      return { ...row, pendingChange: null };
    });
  }

  async updateSetting(me: Principal, id: string, dto: UpdateSettingDto): Promise<SettingView> {
    const { pendingChange: _computed, ...rest } = dto as UpdateSettingDto & { pendingChange?: unknown };
    const status = dto.subscriptionStatus;
    if (status !== undefined) {
      // Purged is final and only the retention purge reaches it: the records are gone.
      const current = await this.get(me, id);
      if (status !== current.subscriptionStatus && (status === 'purged' || current.subscriptionStatus === 'purged')) {
        throw CommonError.conflict(current.subscriptionStatus === 'purged' ? 'this setting was purged: its subscription status is final' : 'only the retention purge sets subscriptionStatus purged');
      }
    }
    const row = await this.update(me, id, toEntity(rest));
    return (await this.withPending([row]))[0]!;
  }

  /** Plain lookup for other modules (notifications, grants): no policy, no audit. */
  findById(id: string): Promise<Setting | null> {
    return this.db.getRepository(Setting).findOneBy({ id });
  }
}
