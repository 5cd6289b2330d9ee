import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../policy/abilities.js';

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

const ENTRY = 's.id, s.email, s.name, s.active, s.roles, s.training_completed_at AS "trainingCompletedAt"';

/**
 * Staff as other modules need them — names, addresses, roles — and never a credential. Its own small module, so the
 * modules the sign-in depends on can read it without depending on the sign-in in turn.
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
}
