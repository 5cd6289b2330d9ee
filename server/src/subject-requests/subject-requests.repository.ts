import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditedRecords } from '../database/audited-records.js';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { SubjectRequest } from './subject-request.entity.js';

export const SUBJECT_REQUESTS_LIST: ListSpec = {
  sortable: ['receivedAt', 'dueAt', 'status', 'kind', 'createdAt', 'updatedAt'],
  filters: { settingId: 'uuid', kind: 'text', status: 'text', overdue: 'boolean' },
  search: ['notes'],
  defaultSort: ['dueAt', 'ASC'],
};

/** Data-subject requests: audited records, lists as of the clock, and the once-only overdue notice. */
@Injectable()
export class SubjectRequestsRepository extends AuditedRecords<SubjectRequest> {
  constructor(@InjectDataSource() db: DataSource, audit: AuditService) {
    super(db, SubjectRequest, 'SubjectRequest', 'subject_request', SUBJECT_REQUESTS_LIST, audit);
  }

  /** The requests the caller may read; `overdue` keeps only (or leaves out) the open ones past their month as of `now`. */
  listAsOf(me: Principal, query: ListQuery, spec: ListSpec, overdue: boolean | undefined, now: Date): Promise<ListResult<SubjectRequest>> {
    const qb = policyScoped(this.db.manager, SubjectRequest, me, 'read', 'SubjectRequest');
    if (overdue !== undefined) {
      qb.andWhere(overdue ? "(r.status = 'open' AND r.due_at <= :overdueNow)" : "NOT (r.status = 'open' AND r.due_at <= :overdueNow)", { overdueNow: now });
    }
    return runListQuery(qb, query, spec);
  }

  /** Open requests past their month as of `now` whose notice has not gone, oldest deadline first. */
  async dueNotice(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM subject_requests WHERE status = 'open' AND due_at <= $1 AND overdue_notified_at IS NULL ORDER BY due_at`, [now]);
    return rows.map((r) => r.id);
  }

  /** Claims the overdue notice of one request; returns it, or null when another run already has (or it was closed). */
  async claimNotice(id: string, now: Date, m: EntityManager): Promise<SubjectRequest | null> {
    const [claimed] = (await m.query(
      `UPDATE subject_requests SET overdue_notified_at = $2 WHERE id = $1 AND status = 'open' AND overdue_notified_at IS NULL RETURNING id`,
      [id, now])) as [{ id: string }[], number];
    return claimed.length ? m.findOneByOrFail(SubjectRequest, { id }) : null;
  }
}
