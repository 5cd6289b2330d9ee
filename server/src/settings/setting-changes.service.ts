import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock, DAY } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import type { SettingChangeAnswerDto } from './dto/setting-change.dto.js';
import type { SettingChange } from './setting-change.entity.js';
import { SettingChangesRepository } from './setting-changes.repository.js';
import type { Setting } from './setting.entity.js';
import { SettingsRepository, type PendingChangeRow } from './settings.repository.js';
import { hashToken, newToken } from '../common/tokens.js';

/** How long the DPO's link stays open. */
export const SETTING_CHANGE_DAYS = 7;
const LABEL: Record<string, string> = { consentPolicy: 'Consent for developer access', dpoEmail: 'Data Protection Officer email' };
const POLICY_LABEL: Record<string, string> = { per_request: 'asked case by case (per request)', contract: 'covered by the contract (no case-by-case consent)' };

export interface PendingChangeView {
  fields: string[];
  values: Record<string, unknown>;
  requestedBy: string | null;
  requestedAt: Date;
  expiresAt: Date;
}

/** A waiting change as the API shows it on its setting. */
export function pendingView(row: PendingChangeRow): PendingChangeView {
  return { fields: Object.keys(row.fields), values: row.fields, requestedBy: row.requestedBy, requestedAt: row.requestedAt, expiresAt: row.expiresAt };
}

/** The fields of a change that would widen access and so must wait for the DPO: loosened consent, a moved DPO address. */
export function heldFields(current: Setting, changes: Partial<Setting>): string[] {
  const held: string[] = [];
  if (changes.consentPolicy === 'contract' && current.consentPolicy === 'per_request') held.push('consentPolicy');
  if (changes.dpoEmail !== undefined && current.dpoEmail && (changes.dpoEmail ?? '').toLowerCase() !== current.dpoEmail.toLowerCase()) held.push('dpoEmail');
  return held;
}

const describe = (field: string, value: unknown) =>
  field === 'consentPolicy' ? POLICY_LABEL[String(value)] ?? String(value) : value === null || value === '' ? '(none)' : String(value);

/**
 * Setting changes that wait for the customer's word: the current DPO gets a single-use link, and nothing applies
 * until they confirm. Only the token's hash is stored.
 */
@Injectable()
export class SettingChangesService {
  constructor(
    private readonly tx: Transactions,
    private readonly changes: SettingChangesRepository,
    private readonly settings: SettingsRepository,
    private readonly staff: StaffDirectoryRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /** Holds these values for the DPO's confirmation, replacing any change still waiting, and emails the link. */
  async hold(me: Principal, setting: Setting, values: Record<string, unknown>, m: EntityManager): Promise<void> {
    const to = setting.dpoEmail ?? setting.contactEmail;
    if (!to) throw CommonError.conflict('the setting has no DPO or contact email to confirm this change: nothing was changed');
    const now = this.clock.now();
    await this.changes.supersedePending(setting.id, now, m);
    const previous = Object.fromEntries(Object.keys(values).map((f) => [f, setting[f as keyof Setting] ?? null]));
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SETTING_CHANGE_DAYS * DAY);
    const row = await this.changes.insert({
      settingId: setting.id, fields: values, previous, requestedBy: me.staff.id, requestedAt: now, tokenHash: hashToken(token), sentTo: to, expiresAt, status: 'pending',
    }, m);
    const link = `${this.config.publicUrl.replace(/\/$/, '')}/#/setting-changes/${token}`;
    const body = [
      `Dear ${setting.dpoName ?? 'Data Protection Officer'},`,
      '',
      `${me.staff.name} of our staff asked to change how we may reach ${setting.name}'s records:`,
      '',
      ...Object.keys(values).map((f) => `${LABEL[f] ?? f}: from ${describe(f, previous[f])} to ${describe(f, values[f])}`),
      '',
      'Nothing changes unless you confirm it. If you did not expect this, reject it and tell us.',
      `To confirm or reject, open this link (it works once, until ${expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC):`,
      link,
    ].join('\n');
    await this.mail.enqueue([{
      to, subject: `Please confirm a change to ${setting.name}`, body, kind: 'setting.change_requested', idempotencyKey: `setting-change:${row.id}`,
      settingId: setting.id, sensitive: true,
    }], m);
    await this.audit.record({
      actorId: me.staff.id, action: 'setting.change_requested', subjectType: 'Setting', subjectId: setting.id, settingId: setting.id, ip: me.ip,
      detail: { changeId: row.id, sentTo: to, changes: changesOf(previous, values) },
    }, m);
  }

  /** The waiting change of each of these settings, by setting id. */
  async pendingFor(settingIds: string[], manager?: EntityManager): Promise<Map<string, PendingChangeView>> {
    if (settingIds.length === 0) return new Map();
    const rows = await this.changes.pendingFor(settingIds, manager);
    const now = this.clock.now();
    return new Map(rows.filter((r) => r.expiresAt > now).map((r) => [r.settingId, pendingView(r)]));
  }

  private async find(token: string, lock: boolean, m?: EntityManager) {
    const row = token.length <= 200 ? await this.changes.findByTokenHash(hashToken(token), lock, m) : null;
    if (!row) throw CommonError.notFound('setting change link');
    return row;
  }

  private stateOf(row: SettingChange): 'open' | 'confirmed' | 'rejected' | 'closed' {
    if (row.status === 'confirmed' || row.status === 'rejected') return row.status;
    return row.status === 'pending' && row.expiresAt > this.clock.now() ? 'open' : 'closed';
  }

  /** What the DPO is asked to confirm, for the public page. */
  async describe(token: string) {
    const row = await this.find(token, false);
    const setting = await this.settings.findById(row.settingId);
    const requesterName = row.requestedBy ? (await this.staff.contact(row.requestedBy))?.name ?? null : null;
    return {
      state: this.stateOf(row),
      settingName: setting?.name ?? null,
      fields: Object.keys(row.fields),
      changes: changesOf(row.previous, row.fields),
      requestedByName: requesterName,
      requestedAt: row.requestedAt,
      expiresAt: row.expiresAt,
      decidedAt: row.decidedAt,
    };
  }

  /** Confirm applies the held values; reject drops them. Either way the link is spent. */
  async answer(token: string, dto: SettingChangeAnswerDto, ip: string | null) {
    return this.tx.run(async (m) => {
      const row = await this.find(token, true, m);
      const state = this.stateOf(row);
      if (state !== 'open') throw CommonError.conflict(`this link is ${state === 'closed' ? 'no longer open' : `already used (${state})`}: nothing was changed`);
      const now = this.clock.now();
      const setting = await this.settings.findLocked(row.settingId, m);
      const before = Object.fromEntries(Object.keys(row.fields).map((f) => [f, setting[f as keyof Setting] ?? null]));
      const base = { actorId: null, subjectType: 'Setting', subjectId: setting.id, settingId: setting.id, ip };
      if (dto.decision === 'confirm') {
        await this.settings.update(setting.id, row.fields as Partial<Setting>, m);
        await this.changes.decide(row.id, 'confirmed', now, dto.name, m);
        await this.audit.record({ ...base, action: 'setting.change_confirmed', detail: { changeId: row.id, name: dto.name, sentTo: row.sentTo, changes: changesOf(before, row.fields) } }, m);
      } else {
        await this.changes.decide(row.id, 'rejected', now, dto.name, m);
        await this.audit.record({ ...base, action: 'setting.change_rejected', detail: { changeId: row.id, name: dto.name, sentTo: row.sentTo, changes: changesOf(before, row.fields) } }, m);
      }
      return { decision: dto.decision, state: dto.decision === 'confirm' ? 'confirmed' : 'rejected', fields: Object.keys(row.fields) };
    });
  }
}

/** `{field: {before, after}}` for the audit trail. */
export function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { before: unknown; after: unknown }> {
  return Object.fromEntries(Object.keys(after).map((f) => [f, { before: before[f] ?? null, after: after[f] ?? null }]));
}
