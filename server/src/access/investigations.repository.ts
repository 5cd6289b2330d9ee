import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import type { AccessStatus } from './access-request.entity.js';
import { InvestigationCopy } from './investigation.entities.js';

/** A ready copy with the state of the grant it was made under, for the sweep that deletes what is overdue. */
export interface OverdueCopy {
  id: string;
  grantStatus: AccessStatus;
  grantExpiresAt: Date | null;
  deleteBy: Date;
}

/** What each investigation copy is, in the main database: its metadata and report. Its rows live in their own database. */
@Injectable()
export class InvestigationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(me: Principal, query: ListQuery, spec: ListSpec): Promise<ListResult<InvestigationCopy>> {
    return runListQuery(policyScoped(this.db.manager, InvestigationCopy, me, 'read', 'Investigation', 'i'), query, spec);
  }

  findVisible(me: Principal, id: string): Promise<InvestigationCopy | null> {
    return policyScoped(this.db.manager, InvestigationCopy, me, 'read', 'Investigation', 'i').andWhere('i.id = :id', { id }).getOne();
  }

  byId(id: string): Promise<InvestigationCopy> {
    return this.db.getRepository(InvestigationCopy).findOneByOrFail({ id });
  }

  /** The copy, locked for the rest of the transaction. */
  lock(id: string, m: EntityManager): Promise<InvestigationCopy | null> {
    return m.getRepository(InvestigationCopy).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
  }

  readyFor(where: { requestId: string } | { caseId: string } | { settingId: string }, manager: EntityManager = this.db.manager): Promise<InvestigationCopy[]> {
    return manager.getRepository(InvestigationCopy).findBy({ ...where, status: 'ready' });
  }

  add(row: Partial<InvestigationCopy>, m: EntityManager): Promise<InvestigationCopy> {
    return m.save(m.create(InvestigationCopy, row));
  }

  async markDeleted(id: string, changes: Pick<InvestigationCopy, 'deletedAt' | 'deleteReason'>, m: EntityManager): Promise<void> {
    await m.update(InvestigationCopy, { id }, { status: 'deleted', ...changes });
  }

  /** Of these copy ids, the ones still ready here. */
  async readyAmong(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM investigations WHERE status = 'ready' AND id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Ready copies past their time, or whose grant is over, as of `now` (within some settings, when given). */
  async overdue(now: Date, m: EntityManager, settingIds?: string[]): Promise<OverdueCopy[]> {
    const rows: { id: string; status: AccessStatus; expires_at: Date | null; delete_by: Date }[] = await m.query(
      `SELECT c.id, r.status, r.expires_at, c.delete_by
         FROM investigations c JOIN access_requests r ON r.id = c.request_id
        WHERE c.status = 'ready' AND (c.delete_by <= $1 OR r.status <> 'active' OR r.expires_at <= $1)
          AND ($2::uuid[] IS NULL OR c.setting_id = ANY($2::uuid[]))`,
      [now, settingIds ?? null],
    );
    return rows.map((r) => ({ id: r.id, grantStatus: r.status, grantExpiresAt: r.expires_at, deleteBy: r.delete_by }));
  }
}
