import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { Incident } from './incident.entities.js';

/** The incidents table. Reads for a principal are narrowed to what the policy lets them read. */
@Injectable()
export class IncidentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  page(me: Principal, query: ListQuery, spec: ListSpec): Promise<ListResult<Incident>> {
    return runListQuery(policyScoped(this.db.manager, Incident, me, 'read', 'Incident'), query, spec);
  }

  /** The incident if the principal may read it; locked until the transaction ends when `lock` is set. */
  findFor(me: Principal, id: string, manager: EntityManager = this.db.manager, lock = false): Promise<Incident | null> {
    const qb = policyScoped(manager, Incident, me, 'read', 'Incident').andWhere('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Active incidents, and those resolved since `since`, that the principal may read; newest first. */
  recentFor(me: Principal, since: Date): Promise<Incident[]> {
    return policyScoped(this.db.manager, Incident, me, 'read', 'Incident')
      .andWhere('(r.status = :active OR r.resolvedAt >= :since)', { active: 'active', since })
      .orderBy('r.declaredAt', 'DESC')
      .getMany();
  }

  /** Every active incident (or those of them named), for the deadline sweep. */
  active(only?: string[]): Promise<Incident[]> {
    return this.db.getRepository(Incident).findBy({ status: 'active', ...(only ? { id: In(only) } : {}) });
  }

  /** The incident, locked until the transaction ends: a change committed a moment ago is seen. */
  lock(id: string, manager: EntityManager): Promise<Incident | null> {
    return manager.getRepository(Incident).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
  }

  /** The portal messages of the active incidents, newest first. */
  portalMessages(): Promise<Pick<Incident, 'portalMessage' | 'portalMessageAt'>[]> {
    return this.db.getRepository(Incident).find({
      select: { portalMessage: true, portalMessageAt: true },
      where: { status: 'active' },
      order: { portalMessageAt: 'DESC' },
    });
  }

  create(data: Partial<Incident>, manager: EntityManager): Promise<Incident> {
    return manager.save(manager.create(Incident, data));
  }

  save(incident: Incident, manager: EntityManager): Promise<Incident> {
    return manager.save(incident);
  }

  async update(id: string, changes: Partial<Pick<Incident, 'personalDataBreach' | 'breachNotifiedAt' | 'functionalityRemoved' | 'portalMessage' | 'portalMessageAt' | 'lastCustomerUpdateAt'>>, manager: EntityManager): Promise<void> {
    await manager.update(Incident, { id }, changes);
  }
}
