import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock, HOUR } from '../common/clock.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { CONFIG, type Config } from '../config/config.js';
import { ContentService } from '../content/content.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';
import { SettingsService } from '../settings/settings.service.js';
import { effectiveStatus } from './access-request.entity.js';
import { AccessRequestsRepository } from './access-requests.repository.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import { InvestigationCopy, type CopyDeleteReason } from './investigation.entities.js';
import { InvestigationsRepository, type OverdueCopy } from './investigations.repository.js';
import { InvestigationCopyRowsRepository } from './investigation-copy-rows.repository.js';
import { CopyThreadFailed, makeCopyInThread, type CopyMade } from './investigation-copy-thread.js';

export const INVESTIGATIONS_LIST: ListSpec = {
  sortable: ['createdAt', 'deleteBy', 'deletedAt', 'status'],
  filters: { requestId: 'uuid', settingId: 'uuid', caseId: 'uuid', ownerId: 'uuid', status: 'text' },
  search: [],
  defaultSort: ['createdAt', 'DESC'],
};

export const COPY_ROW_LISTS: Record<ContentKind, ListSpec> = {
  children: { sortable: ['code', 'dateOfBirth', 'createdAt'], filters: { ageBand: 'text', room: 'text', code: 'text' }, search: ['code', 'notes'], defaultSort: ['code', 'ASC'] },
  observations: { sortable: ['observedAt', 'createdAt', 'childCode'], filters: { childId: 'uuid', childCode: 'text', area: 'text', authorCode: 'text' }, search: ['text'], defaultSort: ['observedAt', 'DESC'] },
  parents: { sortable: ['code', 'createdAt', 'childCode'], filters: { childId: 'uuid', childCode: 'text', relationship: 'text' }, search: ['code'], defaultSort: ['code', 'ASC'] },
  media: { sortable: ['code', 'takenAt', 'createdAt'], filters: { childId: 'uuid', childCode: 'text', contentType: 'text', sizeBucket: 'text' }, search: ['code'], defaultSort: ['code', 'ASC'] },
};

const DELETE_TASK = 'investigation.delete';
const BATCH = 1000;

export function investigationView(c: InvestigationCopy) {
  return {
    id: c.id, requestId: c.requestId, settingId: c.settingId, caseId: c.caseId, ownerId: c.ownerId, scopes: c.scopes, status: c.status,
    counts: c.counts, report: c.report, deleteBy: c.deleteBy, deletedAt: c.deletedAt, deleteReason: c.deleteReason, createdAt: c.createdAt,
  };
}

/**
 * Anonymised investigation copies: made under a live grant, read only by its developer while that grant lives, and
 * deleted by a durable job when the grant ends, the case is resolved or INVESTIGATION_MAX_HOURS pass.
 */
@Injectable()
export class InvestigationsService implements OnModuleInit {
  private readonly logger = new Logger('InvestigationsService');
  /** Copies are made one at a time in each server: each thread may use up to INVESTIGATION_COPY_MEMORY_MB. */
  private readonly oneCopyAtATime = pLimit(1);

  constructor(
    private readonly tx: Transactions,
    private readonly copies: InvestigationsRepository,
    private readonly copyRows: InvestigationCopyRowsRepository,
    private readonly requests: AccessRequestsRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly content: ContentService,
    private readonly settings: SettingsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DELETE_TASK, ({ copyId, reason }) => this.delete(copyId, reason).then(() => undefined));
  }

  list(me: Principal, params: ListParams): Promise<ListResult<InvestigationCopy>> {
    const query = parseListQuery(params, INVESTIGATIONS_LIST);
    return this.copies.list(me, query, INVESTIGATIONS_LIST);
  }

  async get(me: Principal, id: string): Promise<InvestigationCopy> {
    const copy = await this.copies.findVisible(me, id);
    if (!copy) throw new AccessError(AccessErrorCode.CopyNotFound, 'investigation copy not found');
    return copy;
  }

  /** A copy that is still there: a deleted one is gone for good (410), though its history stays in the list. */
  async getLive(me: Principal, id: string): Promise<InvestigationCopy> {
    const copy = await this.get(me, id);
    if (copy.status === 'deleted') throw this.gone(copy);
    return copy;
  }

  private gone(copy: InvestigationCopy) {
    return new AccessError(AccessErrorCode.CopyDeleted, `this copy was deleted at ${copy.deletedAt?.toISOString()} (${copy.deleteReason})`);
  }

  /**
   * Copies the grant's kinds of the setting's content, pseudonymised, into the investigation database, batch by batch;
   * the main database keeps only what the copy is (its metadata and report).
   */
  async create(me: Principal, requestId: string): Promise<InvestigationCopy> {
    const request = await this.requests.findVisible(me, requestId);
    if (!request) throw new AccessError(AccessErrorCode.RequestNotFound, 'access request not found');
    const now = this.clock.now();
    const status = effectiveStatus(request, now);
    if (status !== 'active') throw new AccessError(AccessErrorCode.GrantNotActive, `the request is ${status}: a copy needs an active grant`);
    if (!me.ability.can('create', asSubject('Investigation', { ownerId: request.requesterId, requestId: request.id }) as never)) {
      throw new AccessError(AccessErrorCode.GrantNotActive, 'only the developer holding this live grant may copy under it');
    }
    const [existing] = await this.copies.readyFor({ requestId });
    if (existing) throw new AccessError(AccessErrorCode.CopyExists, `this grant already has a copy (${existing.id}); delete it to make a fresh one`);

    const reader = await this.content.openCopy(me, request.settingId, request.id);
    const setting = await this.settings.findById(request.settingId);
    const copyId = randomUUID();
    const target = await this.copyRows.url();
    let made: CopyMade;
    try {
      made = await this.oneCopyAtATime(() => makeCopyInThread({
        copyId, now, batch: BATCH,
        known: {
          ...reader.identities,
          contacts: {
            names: [setting?.dpoName ?? ''].filter(Boolean),
            addresses: [setting?.address].filter((a): a is string => !!a),
            emails: [setting?.dpoEmail, setting?.contactEmail].filter((e): e is string => !!e),
          },
        },
        source: reader.database,
        target,
        kinds: CONTENT_KINDS.filter((k) => request.scopes.includes(k)).map((kind) => ({ kind, pages: reader.pages(kind) })),
      }, this.config.investigationCopyMemoryMb));
    } catch (e) {
      // A thread that stopped took its open transaction in the investigation database with it; this makes sure.
      await this.copyRows.remove(copyId);
      if (!(e instanceof CopyThreadFailed)) throw e;
      const line = `investigation copy ${copyId} of setting ${request.settingId} failed: ${e.message}`;
      if (e.outOfMemory) this.logger.warn(line);
      else this.logger.error(line);
      throw new AccessError(AccessErrorCode.CopyFailed, e.outOfMemory
        ? 'the copy is too large to make within its memory limit; nothing of it was kept'
        : 'the copy could not be made; nothing of it was kept, and it may be tried again');
    }
    const { counts, report } = made;
    await reader.finish(made.recordIds);
    const maxAge = new Date(now.getTime() + this.config.investigationMaxHours * HOUR);
    const deleteBy = request.expiresAt && request.expiresAt < maxAge ? request.expiresAt : maxAge;
    try {
      return await this.tx.run(async (m) => {
        const saved = await this.copies.add({
          id: copyId, requestId: request.id, settingId: request.settingId, caseId: request.caseId, ownerId: request.requesterId,
          scopes: request.scopes, status: 'ready', counts, report, deleteBy, createdAt: now,
        }, m);
        await this.jobs.add(DELETE_TASK, { copyId: saved.id, reason: deleteBy === maxAge ? 'max_age' : 'grant_expired' }, {
          runAt: deleteBy, jobKey: this.jobKey(saved.id),
        }, m);
        await this.audit.record({
          actorId: me.staff.id, action: 'investigation.created', subjectType: 'Investigation', subjectId: saved.id, settingId: request.settingId,
          grantId: request.id, ip: me.ip, detail: { counts, deleteBy: deleteBy.toISOString(), replacements: report.replacements },
        }, m);
        return saved;
      });
    } catch (e) {
      // No metadata, no copy: its rows must not outlive the failed commit.
      await this.copyRows.remove(copyId);
      throw e;
    }
  }

  /** The copy if its developer may read it now: gone once deleted, and once the grant behind it has ended. */
  private async readable(me: Principal, id: string): Promise<InvestigationCopy> {
    const copy = await this.get(me, id);
    const live = me.grants.some((g) => g.id === copy.requestId);
    if (copy.status === 'deleted') throw this.gone(copy);
    if (!live || copy.deleteBy <= this.clock.now()) {
      throw new AccessError(AccessErrorCode.CopyDeleted, 'this copy ended with its grant and is being deleted');
    }
    if (!me.ability.can('investigate', asSubject('Investigation', { ...copy }) as never)) {
      throw new AccessError(AccessErrorCode.NotAllowed, 'only the developer holding the live grant may read this copy');
    }
    return copy;
  }

  async rows(me: Principal, id: string, kind: ContentKind, params: ListParams): Promise<ListResult<ObjectLiteral>> {
    const query = parseListQuery(params, COPY_ROW_LISTS[kind]);
    const copy = await this.readable(me, id);
    if (!copy.scopes.includes(kind)) throw new AccessError(AccessErrorCode.CopyNotFound, `this copy holds no ${kind}`);
    const result = await this.copyRows.list(copy.id, kind, query, COPY_ROW_LISTS[kind]);
    await this.recordRead(me, copy, kind, result.rows.map((r) => r.id as string));
    return result;
  }

  async row(me: Principal, id: string, kind: ContentKind, rowId: string): Promise<ObjectLiteral> {
    const copy = await this.readable(me, id);
    const row = copy.scopes.includes(kind) ? await this.copyRows.get(copy.id, kind, rowId) : null;
    if (!row) throw new AccessError(AccessErrorCode.CopyNotFound, `${kind} record not found in this copy`);
    await this.recordRead(me, copy, kind, [rowId]);
    return row;
  }

  private recordRead(me: Principal, copy: InvestigationCopy, kind: ContentKind, recordIds: string[]) {
    return this.audit.record({
      actorId: me.staff.id, action: 'investigation.read', subjectType: 'Investigation', subjectId: copy.id, settingId: copy.settingId,
      grantId: copy.requestId, ip: me.ip, detail: { kind, recordIds },
    });
  }

  /** The owner is done with it: deleted now, audited like any other deletion. */
  async deleteByOwner(me: Principal, id: string): Promise<InvestigationCopy> {
    const copy = await this.get(me, id);
    if (copy.ownerId !== me.staff.id) throw new AccessError(AccessErrorCode.NotAllowed, 'only the developer who made this copy may delete it');
    if (copy.status === 'deleted') throw this.gone(copy);
    await this.delete(copy.id, 'owner_deleted', me);
    return this.copies.byId(id);
  }

  /** Removes every row of a copy and keeps the record that it existed; idempotent, so a retried job is harmless. */
  async delete(copyId: string, reason: CopyDeleteReason, by?: Principal): Promise<boolean> {
    return this.tx.run(async (m) => {
      const copy = await this.copies.lock(copyId, m);
      if (!copy || copy.status === 'deleted') return false;
      const removed = await this.copyRows.remove(copyId);
      await this.copies.markDeleted(copyId, { deletedAt: this.clock.now(), deleteReason: reason }, m);
      await this.audit.record({
        actorId: by?.staff.id ?? null, action: 'investigation.deleted', subjectType: 'Investigation', subjectId: copyId, settingId: copy.settingId,
        grantId: copy.requestId, ip: by?.ip ?? null, detail: { reason, removed },
      }, m);
      return true;
    });
  }

  /**
   * Every copy of a setting, gone now: its rows in the investigation database and its status here (for a setting whose
   * content is purged). Returns how many copies were deleted.
   */
  async deleteForSetting(settingId: string, by?: Principal): Promise<number> {
    const ready = await this.copies.readyFor({ settingId });
    let deleted = 0;
    for (const c of ready) if (await this.delete(c.id, 'setting_purged', by)) deleted++;
    return deleted;
  }

  /**
   * Rows in the investigation database with no live copy here (a crash between writing them and recording the copy):
   * removed once they are an hour old (by the copy's own write time, not a content time), so a copy being made is never touched.
   */
  async purgeOrphans(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - HOUR);
    const stored = await this.copyRows.writtenBefore(cutoff);
    if (!stored.length) return 0;
    const keep = await this.copies.readyAmong(stored);
    let purged = 0;
    for (const id of stored) {
      if (keep.has(id)) continue;
      await this.copyRows.remove(id);
      purged++;
    }
    return purged;
  }

  private jobKey(copyId: string) {
    return `investigation:${copyId}`;
  }

  private async scheduleNow(copyIds: { id: string; reason: CopyDeleteReason }[], m: EntityManager): Promise<number> {
    for (const { id, reason } of copyIds) await this.jobs.add(DELETE_TASK, { copyId: id, reason }, { jobKey: this.jobKey(id) }, m);
    return copyIds.length;
  }

  /** In the transaction that ends a grant: its copies are deleted by a job that runs now. */
  async scheduleDeletion(requestId: string, reason: CopyDeleteReason, m: EntityManager): Promise<number> {
    const ready = await this.copies.readyFor({ requestId }, m);
    return this.scheduleNow(ready.map((c) => ({ id: c.id, reason })), m);
  }

  async scheduleDeletionForCase(caseId: string, m: EntityManager): Promise<number> {
    const ready = await this.copies.readyFor({ caseId }, m);
    return this.scheduleNow(ready.map((c) => ({ id: c.id, reason: 'case_resolved' as const })), m);
  }

  /** For the sweep: every ready copy past its time or whose grant is over, in case a job was lost or the clock moved. */
  async scheduleOverdueDeletions(m: EntityManager, settingIds?: string[]): Promise<number> {
    const now = this.clock.now();
    const due = await this.copies.overdue(now, m, settingIds);
    const reasonOf = (d: OverdueCopy): CopyDeleteReason =>
      d.grantStatus === 'revoked' ? 'grant_revoked'
      : d.grantStatus === 'ended' ? 'case_resolved'
      : d.grantStatus === 'expired' || (d.grantExpiresAt !== null && d.grantExpiresAt <= now) ? 'grant_expired'
      : 'max_age';
    return this.scheduleNow(due.map((d) => ({ id: d.id, reason: reasonOf(d) })), m);
  }
}
