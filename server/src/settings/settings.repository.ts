import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runPlainListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { Setting } from './setting.entity.js';

/** Customer settings: the module's reads and writes of the `settings` table. */
@Injectable()
export class SettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The settings a principal may read, filtered, sorted and paged. */
  list(me: Principal, query: ListQuery, spec: ListSpec): Promise<ListResult<Setting>> {
    return runPlainListQuery(policyScoped(this.db.manager, Setting, me, 'read', 'Setting'), query, spec);
  }

  /** One setting as a principal may read it, or null. */
  findVisible(me: Principal, id: string, manager: EntityManager = this.db.manager): Promise<Setting | null> {
    return policyScoped(manager, Setting, me, 'read', 'Setting').andWhere('r.id = :id', { id }).getOne();
  }

  /**
   * Plain lookup with no policy, for the module's own writes and for other modules' checks; optionally locked for the
   * rest of the caller's transaction (`pessimistic_read` keeps it from changing meanwhile).
   */
  findById(id: string, manager: EntityManager = this.db.manager, lock?: 'pessimistic_read' | 'pessimistic_write'): Promise<Setting | null> {
    const qb = manager.createQueryBuilder(Setting, 'r').where('r.id = :id', { id });
    if (lock) qb.setLock(lock);
    return qb.getOne();
  }

  findByIdOrFail(id: string, manager: EntityManager = this.db.manager): Promise<Setting> {
    return manager.findOneByOrFail(Setting, { id });
  }

  /** The setting, locked for the transaction of `manager`. */
  findLocked(id: string, manager: EntityManager): Promise<Setting> {
    return manager.createQueryBuilder(Setting, 'r').where('r.id = :id', { id }).setLock('pessimistic_write').getOneOrFail();
  }

  findByName(name: string, manager: EntityManager = this.db.manager): Promise<Setting | null> {
    return manager.findOneBy(Setting, { name });
  }

  insert(data: Partial<Setting>, manager: EntityManager): Promise<Setting> {
    return manager.save(manager.create(Setting, data));
  }

  async update(id: string, changes: Partial<Setting>, manager: EntityManager): Promise<void> {
    await manager.update(Setting, { id }, changes);
  }
}
