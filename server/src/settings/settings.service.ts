import { Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { Clock } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import type { CreateSettingDto, UpdateSettingDto } from './dto/setting.dto.js';
import { changesOf, heldFields, pendingView, SettingChangesService, type PendingChangeView } from './setting-changes.service.js';
import type { Setting } from './setting.entity.js';
import { SettingsRepository } from './settings.repository.js';

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

/** Customer settings: lists narrowed by the policy, reads that 404 on settings the caller may not see, audited writes. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly tx: Transactions,
    private readonly settings: SettingsRepository,
    private readonly audit: AuditService,
    private readonly changes: SettingChangesService,
    private readonly clock: Clock,
  ) {}

  async get(me: Principal, id: string, manager?: EntityManager): Promise<Setting> {
    const row = await this.settings.findVisible(me, id, manager);
    if (!row) throw CommonError.notFound('setting');
    return row;
  }

  private assertCan(me: Principal, action: 'create' | 'update', row: Partial<Setting>): void {
    if (!me.ability.can(action, asSubject('Setting', row as never))) throw CommonError.forbidden(`not allowed to ${action} this setting`);
  }

  /** Settings as the API shows them: with the change that waits for their DPO, if any. */
  async withPending(rows: Setting[], manager?: EntityManager): Promise<SettingView[]> {
    const pending = await this.changes.pendingFor(rows.map((r) => r.id), manager);
    return rows.map((r) => ({ ...r, pendingChange: pending.get(r.id) ?? null }));
  }

  async listView(me: Principal, params: ListParams): Promise<ListResult<SettingView>> {
    return this.settings.listWithPending(me, parseListQuery(params, SETTINGS_LIST), SETTINGS_LIST, this.clock.now(), pendingView);
  }

  async getView(me: Principal, id: string): Promise<SettingView> {
    const [view] = await this.withPending([await this.get(me, id)]);
    return view!;
  }

  /** Every change is audited with the values before and after; loosening consent or moving the DPO waits for the DPO. */
  async update(me: Principal, id: string, changes: Partial<Setting>): Promise<Setting> {
    return this.tx.run(async (m) => {
      await this.get(me, id, m);
      const row = await this.settings.findLocked(id, m);
      this.assertCan(me, 'update', row);
      const held = heldFields(row, changes);
      const now: Partial<Setting> = {};
      for (const [k, v] of Object.entries(changes)) {
        if (!held.includes(k) && String(v) !== String(row[k as keyof Setting])) (now as Record<string, unknown>)[k] = v;
      }
      if (Object.keys(now).length > 0) {
        await this.settings.update(id, now, m);
        const before = Object.fromEntries(Object.keys(now).map((k) => [k, row[k as keyof Setting]]));
        await this.audit.record({
          actorId: me.staff.id, action: 'setting.update', subjectType: 'Setting', subjectId: id, settingId: id, ip: me.ip,
          detail: { changed: Object.keys(now), changes: changesOf(before, now) },
        }, m);
      }
      if (held.length > 0) await this.changes.hold(me, row, Object.fromEntries(held.map((f) => [f, changes[f as keyof Setting] ?? null])), m);
      return this.settings.findByIdOrFail(id, m);
    });
  }

  async createSetting(me: Principal, dto: CreateSettingDto): Promise<SettingView> {
    if (dto.subscriptionStatus === 'purged') throw CommonError.badInput('subscriptionStatus purged is set by the retention purge only');
    const data: Partial<Setting> = { subscriptionStatus: 'active', consentPolicy: 'per_request', ...toEntity(dto) };
    this.assertCan(me, 'create', data);
    return this.tx.run(async (m) => {
      const row = await this.settings.insert(data, m);
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
    return this.settings.findById(id);
  }
}
