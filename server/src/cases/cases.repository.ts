import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditedRecords } from '../database/audited-records.js';
import type { ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { SupportCase } from './case.entity.js';

export const CASES_LIST: ListSpec = {
  sortable: ['title', 'status', 'createdAt', 'updatedAt', 'resolvedAt'],
  filters: { settingId: 'uuid', status: 'text', incidentId: 'uuid', openedById: 'uuid' },
  search: ['title', 'description'],
  defaultSort: ['createdAt', 'DESC'],
};

/** The cases table: the audited, policy-narrowed reads and writes every plain resource has, and the incident link. */
@Injectable()
export class CasesRepository extends AuditedRecords<SupportCase> {
  constructor(@InjectDataSource() db: DataSource, audit: AuditService) {
    super(db, SupportCase, 'Case', 'case', CASES_LIST, audit);
  }

  /** Plain lookup: no policy, no audit. */
  findById(id: string, manager: EntityManager = this.db.manager): Promise<SupportCase | null> {
    return manager.findOneBy(SupportCase, { id });
  }

  async linkToIncident(id: string, incidentId: string, manager: EntityManager): Promise<SupportCase> {
    await manager.update(SupportCase, { id }, { incidentId });
    return manager.findOneByOrFail(SupportCase, { id });
  }

  /** The cases linked to an incident that the principal may read, oldest first. */
  linkedTo(me: Principal, incidentId: string, manager: EntityManager = this.db.manager): Promise<SupportCase[]> {
    return policyScoped(manager, SupportCase, me, 'read', 'Case', 'c')
      .andWhere('c.incidentId = :incidentId', { incidentId }).orderBy('c.createdAt', 'ASC').getMany();
  }

  /** Each case's title, by id. */
  async titlesOf(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await manager.query('SELECT id, title FROM cases WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
