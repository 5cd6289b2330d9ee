import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Setting } from './setting.entity.js';

/** A controller as the record of processing names it. */
export interface ControllerRow {
  id: string;
  name: string;
  kind: string;
  icoNumber: string | null;
  dpoName: string | null;
  dpoEmail: string | null;
  subscriptionStatus: string;
}

/** A setting's DPO, for the notices every active controller is owed. */
export interface DpoContact {
  id: string;
  name: string;
  dpoName: string | null;
  dpoEmail: string;
}

/**
 * Settings as the processor's other modules need them: who a setting is and whom to write to, read in the caller's
 * transaction where it has one. Nothing here changes a setting.
 */
@Injectable()
export class SettingContactsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  exists(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(Setting, { id });
  }

  /** The setting, optionally locked for the rest of the caller's transaction (`read` keeps it from changing meanwhile). */
  find(id: string, manager: EntityManager = this.db.manager, lock?: 'pessimistic_read' | 'pessimistic_write'): Promise<Setting | null> {
    const qb = manager.getRepository(Setting).createQueryBuilder('s').where('s.id = :id', { id });
    if (lock) qb.setLock(lock);
    return qb.getOne();
  }

  /** The DPO of every setting with an active subscription that names one. */
  activeDpos(manager: EntityManager = this.db.manager): Promise<DpoContact[]> {
    return manager.query(
      `SELECT id, name, dpo_name AS "dpoName", dpo_email AS "dpoEmail" FROM settings WHERE subscription_status = 'active' AND dpo_email IS NOT NULL`);
  }

  /** Every controller whose records are still held (purged ones are gone), by name. */
  controllers(manager: EntityManager = this.db.manager): Promise<ControllerRow[]> {
    return manager.query(
      `SELECT id, name, kind, ico_number AS "icoNumber", dpo_name AS "dpoName", dpo_email AS "dpoEmail", subscription_status AS "subscriptionStatus"
         FROM settings WHERE subscription_status <> 'purged' ORDER BY name, id`);
  }
}
