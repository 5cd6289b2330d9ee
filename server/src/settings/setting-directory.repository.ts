import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { policyScoped } from '../database/policy-scoped.js';
import { Setting } from './setting.entity.js';

/** How a setting is reached: its contact address and phone, and its DPO's address for breach notices. */
export interface SettingContact {
  settingId: string;
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  dpoEmail: string | null;
}

export interface ContactPage {
  /** Text the setting's name must contain. */
  q?: string | null;
  /** Only these settings. */
  only?: string[] | null;
  /** By name, or in the order the ids were given. */
  order: 'name' | 'given';
  direction: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

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

const contactOf = (s: Setting): SettingContact => ({
  settingId: s.id, name: s.name, contactEmail: s.contactEmail ?? null, contactPhone: s.contactPhone ?? null, dpoEmail: s.dpoEmail ?? null,
});

/**
 * What other modules need of a setting: whether it exists, its name, and whom to write to when a fan-out (an incident
 * update, a breach notice, a notice owed to every active controller) reaches it; nothing here changes a setting. Reads on a principal's behalf see only what the policy lets that principal read.
 */
@Injectable()
export class SettingDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exists(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return (await this.existing([id], manager)).length === 1;
  }

  /** Those of the ids that name a setting. */
  async existing(ids: string[], manager: EntityManager = this.db.manager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(Setting).createQueryBuilder('s').select(['s.id']).where('s.id = ANY(:ids)', { ids }).getMany();
    return rows.map((r) => r.id);
  }

  /** The contacts of these settings, in name order: the recipients of a fan-out. */
  async contacts(ids: string[], manager: EntityManager = this.db.manager): Promise<SettingContact[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(Setting).createQueryBuilder('s')
      .select(['s.id', 's.name', 's.contactEmail', 's.contactPhone', 's.dpoEmail'])
      .where('s.id = ANY(:ids)', { ids }).orderBy('s.name').addOrderBy('s.id').getMany();
    return rows.map(contactOf);
  }

  /** The same contacts as the principal may read them, for a preview shown to them. */
  async contactsFor(me: Principal, ids: string[], manager: EntityManager = this.db.manager): Promise<SettingContact[]> {
    if (ids.length === 0) return [];
    const rows = await policyScoped(manager, Setting, me, 'read', 'Setting', 's')
      .andWhere('s.id = ANY(:ids)', { ids }).orderBy('s.name').addOrderBy('s.id').getMany();
    return rows.map(contactOf);
  }

  /** Names by id, of the settings the principal may read. */
  async names(me: Principal, ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const qb = policyScoped(manager, Setting, me, 'read', 'Setting', 's').andWhere('s.id = ANY(:ids)', { ids });
    // Of the fields the policy permits, only the two a name needs: a register of thousands stays a small read.
    qb.expressionMap.selects = qb.expressionMap.selects.filter((c) => c.selection === 's.id' || c.selection === 's.name');
    const rows = await qb.getMany();
    return new Map(rows.filter((r) => r.name !== undefined).map((r) => [r.id, r.name]));
  }

  /** One page of these settings' contacts, as far as the principal may read them, and how many match in all. */
  async contactPage(me: Principal, ids: string[], page: ContactPage, manager: EntityManager = this.db.manager): Promise<{ rows: SettingContact[]; total: number }> {
    if (ids.length === 0) return { rows: [], total: 0 };
    const qb = policyScoped(manager, Setting, me, 'read', 'Setting', 's').andWhere('s.id = ANY(:ids)', { ids });
    if (page.q) qb.andWhere('s.name ILIKE :q', { q: `%${page.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (page.only) qb.andWhere('s.id = ANY(:only)', { only: page.only });
    if (page.order === 'given') qb.orderBy('array_position(CAST(:ids AS uuid[]), s.id)', page.direction);
    else qb.orderBy('s.name', page.direction).addOrderBy('s.id', 'ASC');
    const [rows, total] = await qb.offset(page.offset).limit(page.limit).getManyAndCount();
    return { rows: rows.map(contactOf), total };
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
