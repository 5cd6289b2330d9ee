import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { SettingChange, type SettingChangeStatus } from './setting-change.entity.js';

/** Setting changes held for the DPO: the module's reads and writes of the `setting_changes` table. */
@Injectable()
export class SettingChangesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Marks the setting's waiting change, if any, superseded by a newer one. */
  async supersedePending(settingId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(SettingChange, { settingId, status: 'pending' }, { status: 'superseded', decidedAt: at });
  }

  async insert(change: Omit<SettingChange, 'id' | 'decidedAt' | 'decidedByName'>, manager: EntityManager): Promise<SettingChange> {
    const [row] = await manager.save(SettingChange, [manager.create(SettingChange, { ...change, decidedAt: null, decidedByName: null })]);
    return row!;
  }

  /** The changes waiting (status pending, lapsed or not) for these settings. */
  pendingFor(settingIds: string[], manager: EntityManager = this.db.manager): Promise<SettingChange[]> {
    return manager.findBy(SettingChange, { settingId: In(settingIds), status: 'pending' });
  }

  /** A change by its link token's hash; locked for the transaction of `manager` when `lock`. */
  findByTokenHash(tokenHash: string, lock: boolean, manager: EntityManager = this.db.manager): Promise<SettingChange | null> {
    const qb = manager.createQueryBuilder(SettingChange, 'c').where('c.token_hash = :hash', { hash: tokenHash });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async decide(id: string, status: Extract<SettingChangeStatus, 'confirmed' | 'rejected'>, at: Date, byName: string, manager: EntityManager): Promise<void> {
    await manager.update(SettingChange, { id }, { status, decidedAt: at, decidedByName: byName });
  }
}
