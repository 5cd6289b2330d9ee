import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { subject as asSubject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import type { SupportCase } from '../cases/case.entity.js';
import { CaseResolved } from '../cases/case-resolved.event.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock, HOUR, MINUTE } from '../common/clock.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { CONFIG, type Config } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { trainingCurrent } from '../staff/training.js';
import { ACCESS_STATUSES, AccessRequest, effectiveStatus, type AccessStatus, type EndReason } from './access-request.entity.js';
import { AccessNotifications } from './access-notifications.js';
import { AccessRequestsRepository } from './access-requests.repository.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import { ConsentService } from './consent.service.js';
import type { CreateAccessRequestDto } from './dto/access-request.dto.js';
import { InvestigationsService } from './investigations.service.js';

export const ACCESS_REQUESTS_LIST: ListSpec = {
  sortable: ['createdAt', 'updatedAt', 'status', 'startsAt', 'expiresAt', 'respondBy', 'decidedAt'],
  filters: { settingId: 'uuid', caseId: 'uuid', requesterId: 'uuid', approverId: 'uuid', status: 'text' },
  search: ['justification'],
  defaultSort: ['createdAt', 'DESC'],
};

/** How long an undecided request waits for the IT manager, and then for the customer, before it expires. */
export const DECISION_WINDOW = 24 * HOUR;
const SWEEP_TASK = 'access.sweep';
const SWEEP_BATCH = 500;
const OPEN: AccessStatus[] = ['pending', 'awaiting_consent', 'active'];

/** A request as the API shows it: the status is computed against the clock, so nothing waits for a sweep. */
export function accessRequestView(r: AccessRequest, now: Date) {
  const status = effectiveStatus(r, now);
  const lapsed = status === 'expired' && r.status !== 'expired';
  const endedAt = lapsed ? (r.status === 'active' ? r.expiresAt : r.respondBy) : r.endedAt;
  return {
    id: r.id,
    settingId: r.settingId,
    caseId: r.caseId,
    requesterId: r.requesterId,
    justification: r.justification,
    scopes: r.scopes,
    minutes: r.minutes,
    status,
    respondBy: status === 'pending' || status === 'awaiting_consent' ? r.respondBy : null,
    approverId: r.approverId,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    startsAt: r.startsAt,
    expiresAt: r.expiresAt,
    endedAt,
    endReason: lapsed ? (r.status === 'active' ? 'expired' : 'undecided') : r.endReason,
    endedById: r.endedById,
    consent: {
      status: lapsed && r.consentStatus === 'requested' ? 'expired' : r.consentStatus,
      by: r.consentBy,
      method: r.consentMethod,
      at: r.consentAt,
      policy: r.consentPolicy,
      dpoEmail: r.consentDpoEmail,
    },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type AccessRequestView = ReturnType<typeof accessRequestView>;

/** Requests, decisions and the life of a grant: it starts on approval (or consent) and ends by itself. */
@Injectable()
export class AccessRequestsService implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly requests: AccessRequestsRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly cases: CasesService,
    private readonly settings: SettingsService,
    private readonly consent: ConsentService,
    private readonly investigations: InvestigationsService,
    private readonly notify: AccessNotifications,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_TASK, () => this.sweep().then(() => undefined));
    this.jobs.schedule(SWEEP_TASK, '* * * * *');
  }

  @OnEvent(CaseResolved.event, { suppressErrors: false })
  onCaseResolved({ supportCase, manager }: CaseResolved): Promise<void> {
    return this.endForResolvedCase(supportCase, manager);
  }

  view(r: AccessRequest): AccessRequestView {
    return accessRequestView(r, this.clock.now());
  }

  async list(me: Principal, params: ListParams): Promise<ListResult<AccessRequest>> {
    const query = parseListQuery(params, ACCESS_REQUESTS_LIST);
    const { status, ...filter } = query.filter;
    // Filtered on the status as of now, the same way the view computes it.
    let statuses: AccessStatus[] | undefined;
    if (status !== undefined) {
      const asked: unknown[] = Array.isArray(status) ? status : [status];
      statuses = asked.filter((s): s is AccessStatus => (ACCESS_STATUSES as readonly unknown[]).includes(s));
      if (statuses.length !== asked.length) throw new AccessError(AccessErrorCode.BadRequest, `filter status must be one of ${ACCESS_STATUSES.join(', ')}`);
    }
    return this.requests.list(me, { ...query, filter }, ACCESS_REQUESTS_LIST, statuses, this.clock.now());
  }

  /** The request if the caller may see it (developers see their own); otherwise 404, so existence does not leak. */
  async get(me: Principal, id: string, manager: EntityManager = this.tx.manager, lock = false): Promise<AccessRequest> {
    const row = await this.requests.findVisible(me, id, manager, lock);
    if (!row) throw new AccessError(AccessErrorCode.RequestNotFound, 'access request not found');
    return row;
  }

  /** Nobody opens or approves access to children's records without current data-protection training. */
  private assertTrained(me: Principal, doing: string): void {
    if (!trainingCurrent(me.staff, this.clock.now(), this.config.trainingValidMonths)) {
      throw new AccessError(AccessErrorCode.TrainingRequired,
        `current data-protection training is required to ${doing} (completed within the last ${this.config.trainingValidMonths} months); ask an admin to record it`);
    }
  }

  async create(me: Principal, dto: CreateAccessRequestDto): Promise<AccessRequest> {
    this.assertTrained(me, 'request access');
    const minutes = dto.minutes ?? this.config.accessDefaultMinutes;
    if (minutes > this.config.accessMaxMinutes) {
      throw new AccessError(AccessErrorCode.BadRequest, `minutes must be at most ${this.config.accessMaxMinutes} (ACCESS_MAX_MINUTES)`);
    }
    const setting = await this.settings.findById(dto.settingId);
    if (!setting) throw new AccessError(AccessErrorCode.BadRequest, 'settingId names no setting');
    if (!me.ability.can('create', asSubject('AccessRequest', { settingId: setting.id, requesterId: me.staff.id }) as never)) {
      throw new AccessError(AccessErrorCode.NotAllowed, 'not allowed to request access to this setting');
    }
    return this.tx.run(async (m) => {
      const supportCase = await this.cases.findById(dto.caseId, m);
      if (!supportCase) throw new AccessError(AccessErrorCode.BadRequest, 'caseId names no case');
      if (supportCase.settingId !== setting.id) throw new AccessError(AccessErrorCode.BadRequest, 'caseId names a case of another setting');
      if (supportCase.status === 'resolved') throw new AccessError(AccessErrorCode.CaseNotOpen, 'the case is resolved: access is only for an open case');
      const now = this.clock.now();
      const open = await this.requests.findOpen(me.staff.id, supportCase.id, now, m);
      if (open) {
        throw new AccessError(AccessErrorCode.DuplicateRequest, `you already have a ${effectiveStatus(open, now)} request for this case (${open.id})`);
      }
      const row = await this.requests.add({
        settingId: setting.id,
        caseId: supportCase.id,
        requesterId: me.staff.id,
        justification: dto.justification,
        scopes: dto.scopes,
        minutes,
        status: 'pending',
        respondBy: new Date(now.getTime() + DECISION_WINDOW),
        consentStatus: 'not_asked',
        consentPolicy: setting.consentPolicy,
        consentDpoEmail: ConsentService.addressOf(setting),
        createdAt: now,
        updatedAt: now,
      }, m);
      await this.audit.record({
        actorId: me.staff.id, action: 'access.requested', subjectType: 'AccessRequest', subjectId: row.id, settingId: row.settingId, grantId: row.id, ip: me.ip,
        detail: { caseId: row.caseId, scopes: row.scopes, minutes, justification: row.justification },
      }, m);
      await this.notify.requested(row, m);
      return row;
    });
  }

  /** Refuses a decision by the requester (whatever roles they hold), and any but a pending request. */
  private async forDecision(me: Principal, id: string, m: EntityManager, approving = false): Promise<AccessRequest> {
    const row = await this.get(me, id, m, true);
    if (!me.ability.can('approve', asSubject('AccessRequest', { ...row }) as never)) {
      throw row.requesterId === me.staff.id
        ? new AccessError(AccessErrorCode.SelfApproval, 'nobody may decide their own access request')
        : new AccessError(AccessErrorCode.NotAllowed, 'not allowed to decide this access request');
    }
    if (approving) this.assertTrained(me, 'approve access');
    const status = effectiveStatus(row, this.clock.now());
    if (status !== 'pending') throw new AccessError(AccessErrorCode.AlreadyDecided, `the request is ${status}: only a pending request can be decided`);
    return row;
  }

  /** Starts the grant when the contract covers it; otherwise asks the setting's DPO and waits. */
  async approve(me: Principal, id: string): Promise<AccessRequest> {
    return this.tx.run(async (m) => {
      const row = await this.forDecision(me, id, m, true);
      const setting = await this.settings.findById(row.settingId);
      if (!setting) throw new AccessError(AccessErrorCode.RequestNotFound, 'the setting of this request no longer exists');
      const now = this.clock.now();
      const decided = { approverId: me.staff.id, decidedAt: now, updatedAt: now };
      const base = { actorId: me.staff.id, subjectType: 'AccessRequest', subjectId: row.id, settingId: row.settingId, grantId: row.id, ip: me.ip };
      // The terms the request was made under, not whatever the setting says now.
      if ((row.consentPolicy ?? setting.consentPolicy) === 'contract') {
        const expiresAt = new Date(now.getTime() + row.minutes * MINUTE);
        await this.requests.change(id, {
          ...decided, status: 'active', respondBy: null, startsAt: now, expiresAt,
          consentStatus: 'granted', consentMethod: 'contract', consentBy: null, consentAt: now,
        }, m);
        await this.audit.recordMany([
          { ...base, action: 'access.approved', detail: { consentPolicy: 'contract' } },
          { ...base, action: 'access.grant_started', detail: { scopes: row.scopes, startsAt: now.toISOString(), expiresAt: expiresAt.toISOString() } },
        ], m);
      } else {
        const respondBy = new Date(now.getTime() + DECISION_WINDOW);
        await this.requests.change(id, { ...decided, status: 'awaiting_consent', respondBy, consentStatus: 'requested', consentMethod: 'email_link' }, m);
        const sentTo = await this.consent.ask({ ...row, respondBy }, setting, me, m);
        await this.audit.recordMany([
          { ...base, action: 'access.approved', detail: { consentPolicy: 'per_request' } },
          { ...base, action: 'access.consent_requested', detail: { to: sentTo, respondBy: respondBy.toISOString() } },
        ], m);
      }
      const after = await this.requests.byId(id, m);
      await this.notify.approved(after, m);
      return after;
    });
  }

  async deny(me: Principal, id: string, reason: string): Promise<AccessRequest> {
    return this.tx.run(async (m) => {
      const row = await this.forDecision(me, id, m);
      const now = this.clock.now();
      await this.requests.change(id, { status: 'denied', approverId: me.staff.id, decidedAt: now, decisionReason: reason, respondBy: null, updatedAt: now }, m);
      await this.audit.record({
        actorId: me.staff.id, action: 'access.denied', subjectType: 'AccessRequest', subjectId: id, settingId: row.settingId, grantId: id, ip: me.ip, detail: { reason },
      }, m);
      const after = await this.requests.byId(id, m);
      await this.notify.denied(after, m);
      return after;
    });
  }

  /** Ends a grant now, or withdraws a request still waiting; the requester or an IT manager. */
  async revoke(me: Principal, id: string, reason: string | undefined): Promise<AccessRequest> {
    return this.tx.run(async (m) => {
      const row = await this.get(me, id, m, true);
      if (!me.ability.can('revoke', asSubject('AccessRequest', { ...row }) as never)) {
        throw new AccessError(AccessErrorCode.NotAllowed, 'only the requester or an IT manager may revoke this access');
      }
      const now = this.clock.now();
      const status = effectiveStatus(row, now);
      if (!OPEN.includes(status)) throw new AccessError(AccessErrorCode.NotRevocable, `the request is ${status}: there is nothing to revoke`);
      await this.requests.change(id, {
        status: 'revoked', respondBy: null, endedAt: now, endReason: 'revoked', endedById: me.staff.id, updatedAt: now,
        ...(row.consentStatus === 'requested' ? { consentStatus: 'expired' as const } : {}),
      }, m);
      await this.audit.record({
        actorId: me.staff.id, action: 'access.revoked', subjectType: 'AccessRequest', subjectId: id, settingId: row.settingId, grantId: id, ip: me.ip,
        detail: { was: status, reason: reason ?? null },
      }, m);
      await this.investigations.scheduleDeletion(id, 'grant_revoked', m);
      await this.notify.ended(row, 'revoked', status === 'active', m);
      return this.requests.byId(id, m);
    });
  }

  /** In the transaction that resolves a case: its grants end and its requests close, and their copies go. */
  private async endForResolvedCase(supportCase: SupportCase, m: EntityManager): Promise<void> {
    const rows = await this.requests.lockForCase(supportCase.id, OPEN, m);
    const now = this.clock.now();
    for (const row of rows) {
      if (effectiveStatus(row, now) === 'expired') {
        await this.expire(row, m);
        continue;
      }
      await this.requests.change(row.id, {
        status: 'ended', respondBy: null, endedAt: now, endReason: 'case_resolved', updatedAt: now,
        ...(row.consentStatus === 'requested' ? { consentStatus: 'expired' as const } : {}),
      }, m);
      await this.audit.record({
        actorId: null, action: 'access.ended', subjectType: 'AccessRequest', subjectId: row.id, settingId: row.settingId, grantId: row.id,
        detail: { reason: 'case_resolved', caseId: supportCase.id, was: row.status },
      }, m);
      await this.notify.ended(row, 'case_resolved', row.status === 'active', m);
    }
    await this.investigations.scheduleDeletionForCase(supportCase.id, m);
  }

  /** Persists an expiry the clock already decided: a grant past expiresAt, or a wait past respondBy. */
  private async expire(row: AccessRequest, m: EntityManager): Promise<void> {
    const grant = row.status === 'active';
    const endReason: EndReason = grant ? 'expired' : 'undecided';
    const endedAt = grant ? row.expiresAt! : row.respondBy!;
    await this.requests.change(row.id, {
      status: 'expired', respondBy: null, endedAt, endReason, updatedAt: this.clock.now(),
      ...(row.consentStatus === 'requested' ? { consentStatus: 'expired' as const } : {}),
    }, m);
    await this.audit.record({
      actorId: null, action: grant ? 'access.grant_expired' : 'access.request_expired', subjectType: 'AccessRequest', subjectId: row.id,
      settingId: row.settingId, grantId: row.id, detail: { at: endedAt.toISOString(), was: row.status },
    }, m);
    if (grant) await this.investigations.scheduleDeletion(row.id, 'grant_expired', m);
    await this.notify.ended(row, endReason, grant, m);
  }

  /**
   * The periodic sweep: persists what the clock has already decided (expired grants, requests undecided for 24 hours)
   * and hands copies past their time to the deletion job. Reads never depend on it having run. A scope confines it
   * to some settings (one customer's tidy-up, or a test that must not touch other tests' data).
   */
  async sweep(scope: { settingIds?: string[] } = {}): Promise<{ expired: number; copies: number }> {
    let expired = 0;
    for (;;) {
      const n = await this.tx.run(async (m) => {
        const due = await this.requests.lockLapsed(this.clock.now(), SWEEP_BATCH, m, scope.settingIds);
        for (const row of due) await this.expire(row, m);
        return due.length;
      });
      expired += n;
      if (n < SWEEP_BATCH) break;
    }
    await this.notify.endingSoon(undefined, scope.settingIds);
    const copies = await this.tx.run((m) => this.investigations.scheduleOverdueDeletions(m, scope.settingIds));
    if (!scope.settingIds) await this.investigations.purgeOrphans();
    return { expired, copies };
  }
}
