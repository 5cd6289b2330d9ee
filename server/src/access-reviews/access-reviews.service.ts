import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { SignInsRepository } from '../auth/sign-ins.repository.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import type { ListParams, ListResult } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { StaffService } from '../staff/staff.service.js';
import type { AccessReview, ReviewEntry } from './access-review.entity.js';
import { ACCESS_REVIEWS_LIST, AccessReviewsRepository } from './access-reviews.repository.js';
import type { CreateAccessReviewDto } from './dto/access-review.dto.js';
import { parseTerm, schoolTermAt } from './school-term.js';

export { ACCESS_REVIEWS_LIST };

export interface RosterRow {
  id: string;
  name: string;
  email: string;
  roles: string[];
  active: boolean;
  lastSignInAt: Date | null;
  trainingCompletedAt: Date | null;
}

/**
 * The termly review of who holds which role. "Remove" is applied at once (the person is deactivated and signed
 * out everywhere); "change" is recorded and sent to the admins, who alone change roles.
 */
@Injectable()
export class AccessReviewsService {
  constructor(
    private readonly tx: Transactions,
    private readonly records: AccessReviewsRepository,
    private readonly directory: StaffDirectoryRepository,
    private readonly signIns: SignInsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly staff: StaffService,
    private readonly mail: MailService,
  ) {}

  list(me: Principal, params: ListParams): Promise<ListResult<AccessReview>> {
    return this.records.list(me, params);
  }

  get(me: Principal, id: string): Promise<AccessReview> {
    return this.records.get(me, id);
  }

  /** Every active member of staff with their roles and last sign-in: what the reviewer decides on. */
  async roster(): Promise<RosterRow[]> {
    const people = await this.directory.active();
    const last = await this.signIns.lastSignInOf(people.map((p) => p.id));
    return people.map((p) => ({
      id: p.id, name: p.name, email: p.email, roles: p.roles, active: p.active, trainingCompletedAt: p.trainingCompletedAt, lastSignInAt: last.get(p.id) ?? null,
    }));
  }

  async due() {
    const current = schoolTermAt(this.clock.now());
    const review = await this.records.forTerm(current.term);
    return { ...current, done: !!review, reviewId: review?.id ?? null, completedAt: review?.completedAt ?? null };
  }

  async complete(me: Principal, dto: CreateAccessReviewDto): Promise<AccessReview> {
    const now = this.clock.now();
    const term = parseTerm(dto.term);
    if (!term) throw CommonError.badInput('term must look like 2026-autumn');
    if (term.startsAt > now) throw CommonError.badInput(`term ${dto.term} has not started yet`);
    const ids = dto.entries.map((e) => e.staffId);
    if (new Set(ids).size !== ids.length) throw CommonError.badInput('entries name a member of staff more than once');
    const self = dto.entries.find((e) => e.staffId === me.staff.id && e.decision === 'remove');
    if (self) throw CommonError.badInput('a reviewer cannot remove themselves; another reviewer must');
    return this.tx.run(async (m) => {
      if (await this.records.forTerm(dto.term, m)) throw CommonError.conflict(`the ${dto.term} review is already done`);
      const people = await this.directory.lockEntries(ids, m);
      const last = await this.signIns.lastSignInOf(people.map((p) => p.id), m);
      const byId = new Map(people.map((p) => [p.id, { ...p, lastSignInAt: last.get(p.id) ?? null }]));
      const unknown = ids.filter((id) => !byId.has(id));
      if (unknown.length) throw CommonError.badInput(`entries name unknown staff: ${unknown.join(', ')}`);
      const entries: ReviewEntry[] = dto.entries.map((e) => {
        const p = byId.get(e.staffId)!;
        return { staffId: p.id, name: p.name, roles: p.roles, lastSignInAt: p.lastSignInAt ? new Date(p.lastSignInAt).toISOString() : null, decision: e.decision, note: e.note ?? null };
      });
      const review = await this.records.create(me, { term: dto.term, reviewerId: me.staff.id, entries, completedAt: now }, m);
      for (const e of entries.filter((x) => x.decision === 'remove' && byId.get(x.staffId)!.active)) {
        await this.staff.deactivate(me.staff.id, e.staffId, `access review ${dto.term}`, m);
      }
      const changes = entries.filter((e) => e.decision === 'change');
      if (changes.length) {
        const admins = await this.directory.withRole('admin', m);
        await this.mail.enqueue(admins.map((a) => ({
          to: a.email,
          subject: `Access review ${dto.term}: ${changes.length} role change(s) to make`,
          body: [
            `${me.staff.name} completed the ${dto.term} access review and asks for these changes:`,
            '',
            ...changes.map((c) => `- ${c.name} (now ${c.roles.join(', ') || 'no roles'}): ${c.note ?? 'see the review'}`),
          ].join('\n'),
          kind: 'access_review.changes', idempotencyKey: `access-review:${review.id}:${a.id}`,
        })), m);
      }
      const tally = { keep: 0, change: 0, remove: 0 };
      for (const e of entries) tally[e.decision]++;
      await this.audit.record({
        actorId: me.staff.id, action: 'access_review.completed', subjectType: 'AccessReview', subjectId: review.id, ip: me.ip,
        detail: { term: dto.term, ...tally, removed: entries.filter((e) => e.decision === 'remove').map((e) => e.staffId) },
      }, m);
      return review;
    });
  }
}
