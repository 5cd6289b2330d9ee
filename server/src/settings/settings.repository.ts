import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { exactCount, runPlainListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import type { SettingChange } from './setting-change.entity.js';
import { Setting } from './setting.entity.js';

/** A setting's waiting change as the list reads it beside the setting. */
export type PendingChangeRow = Pick<SettingChange, 'fields' | 'requestedBy' | 'requestedAt' | 'expiresAt'>;

/** Customer settings: the module's reads and writes of the `settings` table. */
@Injectable()
export class SettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The settings a principal may read, filtered, sorted and paged, each with the change that waits for its DPO
   * (pending and not lapsed at `now`) as `view` shows it, or null: read in the page query itself rather than in a
   * second round trip.
   */
  listWithPending<V>(me: Principal, query: ListQuery, spec: ListSpec, now: Date, view: (pending: PendingChangeRow) => V): Promise<ListResult<Setting & { pendingChange: V | null }>> {
    type Raw = Omit<PendingChangeRow, 'requestedAt' | 'expiresAt'> & { requestedAt: number; expiresAt: number };
    return runPlainListQuery<Setting, { pendingChange: V | null }>(policyScoped(this.db.manager, Setting, me, 'read', 'Setting'), query, spec, exactCount, {
      pendingChange: {
        // Timestamps as epoch milliseconds: JSON has no date type, and its text form is not the one the driver parses.
        sql: (alias) => `(SELECT json_build_object('fields', c.fields, 'requestedBy', c.requested_by,
            'requestedAt', floor(extract(epoch FROM c.requested_at) * 1000), 'expiresAt', floor(extract(epoch FROM c.expires_at) * 1000))
          FROM setting_changes c WHERE c.setting_id = ${alias}.id AND c.status = 'pending' AND c.expires_at > :pendingAt)`,
        params: { pendingAt: now },
        read: (value) => {
          if (value === null) return null;
          const pending = value as Raw;
          return view({ ...pending, requestedAt: new Date(pending.requestedAt), expiresAt: new Date(pending.expiresAt) });
        },
      },
    });
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
