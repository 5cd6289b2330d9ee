import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { policyScoped } from '../database/policy-scoped.js';
import type { Role } from '../policy/abilities.js';
import { Staff } from './staff.entity.js';

/** Whom to write to: a member of staff's name and address, and whether the account is still active. */
export interface StaffContact {
  id: string;
  email: string;
  name: string;
  active: boolean;
}

/** A member of staff as a review or a report names them. */
export interface StaffEntry extends StaffContact {
  roles: string[];
  trainingCompletedAt: Date | null;
}

export interface StaffMember extends StaffContact {
  roles: string[];
}

const ENTRY = 's.id, s.email, s.name, s.active, s.roles, s.training_completed_at AS "trainingCompletedAt"';

/**
 * Staff as other modules need them — names, addresses, roles — and never a credential. Reads on a principal's behalf
 * see only what the policy lets that principal read. Its own small module, so the modules the sign-in depends on can
 * read it without depending on the sign-in in turn.
 */
@Injectable()
export class StaffDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async contact(id: string, manager: EntityManager = this.db.manager): Promise<StaffContact | null> {
    const [row] = await manager.query('SELECT id, email, name, active FROM staff WHERE id = $1', [id]);
    return (row as StaffContact | undefined) ?? null;
  }

  /** Every active holder of a role (but `except`), by name. */
  withRole(role: Role, manager: EntityManager = this.db.manager, except?: string): Promise<StaffContact[]> {
    return manager.query(
      'SELECT id, email, name, active FROM staff WHERE active AND $1 = ANY(roles) AND ($2::uuid IS NULL OR id <> $2::uuid) ORDER BY name, id',
      [role, except ?? null]);
  }

  /** Every active member of staff, by name. */
  active(manager: EntityManager = this.db.manager): Promise<StaffEntry[]> {
    return manager.query(`SELECT ${ENTRY} FROM staff s WHERE s.active ORDER BY s.name, s.id`);
  }

  /** These members of staff, locked for the rest of the caller's transaction. */
  lockEntries(ids: string[], m: EntityManager): Promise<StaffEntry[]> {
    return m.query(`SELECT ${ENTRY} FROM staff s WHERE s.id = ANY($1::uuid[]) FOR UPDATE OF s`, [ids]);
  }

  /** Names and roles of these members of staff, by id. */
  async entries(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, StaffEntry>> {
    if (ids.length === 0) return new Map();
    const rows: StaffEntry[] = await manager.query(`SELECT ${ENTRY} FROM staff s WHERE s.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Every active member of staff holding any of these roles, in name order: the recipients of a fan-out. */
  contactable(roles: readonly string[], manager: EntityManager = this.db.manager): Promise<StaffContact[]> {
    return manager.getRepository(Staff).createQueryBuilder('s')
      .select(['s.id', 's.name', 's.email', 's.active'])
      .where('s.active AND s.roles && CAST(:roles AS text[])', { roles })
      .orderBy('s.name').addOrderBy('s.id').getMany();
  }

  /** One member of staff with their roles, active or not. */
  member(id: string, manager: EntityManager = this.db.manager): Promise<StaffMember | null> {
    return manager.getRepository(Staff).createQueryBuilder('s')
      .select(['s.id', 's.name', 's.email', 's.roles', 's.active']).where('s.id = :id', { id }).getOne();
  }

  /** Names by id, of the staff the principal may read. */
  async names(me: Principal, ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await policyScoped(manager, Staff, me, 'read', 'Staff', 's').andWhere('s.id = ANY(:ids)', { ids }).getMany();
    return new Map(rows.filter((r) => r.name !== undefined).map((r) => [r.id, r.name]));
  }

  /**
   * The active staff holding any of these roles, as the principal may see them: the first `limit` in name order with
   * their name and, only where the policy lets this principal read it, their email; and how many there are in all.
   */
  async preview(me: Principal, roles: readonly string[], limit: number, manager: EntityManager = this.db.manager) {
    const [rows, count] = await policyScoped(manager, Staff, me, 'read', 'Staff', 's')
      .andWhere('s.active AND s.roles && CAST(:roles AS text[])', { roles })
      .orderBy('s.name').addOrderBy('s.id').offset(0).limit(limit).getManyAndCount();
    const shown = (s: Staff) => Object.fromEntries((['name', 'email'] as const).flatMap((f) => (s[f] === undefined ? [] : [[f, s[f]]])));
    return { count, rows: rows.map(shown) as { name?: string; email?: string }[] };
  }
}
