import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditedRecords } from '../database/audited-records.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import type { ListSpec } from '../database/list-query.js';
import { MailService } from '../mail/mail.service.js';
import { StaffService } from '../staff/staff.service.js';
import { AccessReview, type ReviewEntry } from './access-review.entity.js';
import type { CreateAccessReviewDto } from './dto/access-review.dto.js';
import { parseTerm, schoolTermAt } from './school-term.js';

export const ACCESS_REVIEWS_LIST: ListSpec = {
  sortable: ['term', 'completedAt', 'createdAt'],
  filters: { term: 'text', reviewerId: 'uuid' },
  search: ['term'],
  defaultSort: ['completedAt', 'DESC'],
};

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
export class AccessReviewsService extends AuditedRecords<AccessReview> {
  constructor(
    @InjectDataSource() db: DataSource,
    audit: AuditService,
    private readonly clock: Clock,
    private readonly staff: StaffService,
    private readonly mail: MailService,
  ) {
    super(db, AccessReview, 'AccessReview', 'access_review', ACCESS_REVIEWS_LIST, audit);
  }

  /** Every active member of staff with their roles and last sign-in: what the reviewer decides on. */
  roster(): Promise<RosterRow[]> {
    return this.db.query(
      `SELECT s.id, s.name, s.email, s.roles, s.active, s.training_completed_at AS "trainingCompletedAt",
              (SELECT max(x.created_at) FROM sessions x WHERE x.staff_id = s.id) AS "lastSignInAt"
         FROM staff s WHERE s.active ORDER BY s.name, s.id`,
    );
  }

  async due() {
    const current = schoolTermAt(this.clock.now());
    const review = await this.db.getRepository(AccessReview).findOneBy({ term: current.term });
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
    return this.db.transaction(async (m) => {
      if (await m.existsBy(AccessReview, { term: dto.term })) throw CommonError.conflict(`the ${dto.term} review is already done`);
      const people: RosterRow[] = await m.query(
        `SELECT s.id, s.name, s.email, s.roles, s.active,
                (SELECT max(x.created_at) FROM sessions x WHERE x.staff_id = s.id) AS "lastSignInAt"
           FROM staff s WHERE s.id = ANY($1::uuid[]) FOR UPDATE OF s`, [ids]);
      const byId = new Map(people.map((p) => [p.id, p]));
      const unknown = ids.filter((id) => !byId.has(id));
      if (unknown.length) throw CommonError.badInput(`entries name unknown staff: ${unknown.join(', ')}`);
      const entries: ReviewEntry[] = dto.entries.map((e) => {
        const p = byId.get(e.staffId)!;
        return { staffId: p.id, name: p.name, roles: p.roles, lastSignInAt: p.lastSignInAt ? new Date(p.lastSignInAt).toISOString() : null, decision: e.decision, note: e.note ?? null };
      });
      const review = await this.create(me, { term: dto.term, reviewerId: me.staff.id, entries, completedAt: now }, m);
      for (const e of entries.filter((x) => x.decision === 'remove' && byId.get(x.staffId)!.active)) {
        await this.staff.deactivate(me.staff.id, e.staffId, `access review ${dto.term}`, m);
      }
      const changes = entries.filter((e) => e.decision === 'change');
      if (changes.length) {
        const admins: { id: string; email: string; name: string }[] = await m.query("SELECT id, email, name FROM staff WHERE active AND 'admin' = ANY(roles)");
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
