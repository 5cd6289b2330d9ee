import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { policyScoped } from '../database/policy-scoped.js';
import { Staff } from './staff.entity.js';

/** A colleague as a message goes to them: who, and the address the product writes to. */
export interface StaffContact {
  id: string;
  name: string;
  email: string;
}

export interface StaffMember extends StaffContact {
  roles: string[];
  active: boolean;
}

/**
 * Who a member of staff is to other modules: names beside ids, the people holding a role, and the addresses the
 * product's own emails go to. Reads on a principal's behalf see only what the policy lets that principal read.
 */
@Injectable()
export class StaffDirectoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every active member of staff holding any of these roles, in name order: the recipients of a fan-out. */
  contactable(roles: readonly string[], manager: EntityManager = this.db.manager): Promise<StaffContact[]> {
    return manager.getRepository(Staff).createQueryBuilder('s')
      .select(['s.id', 's.name', 's.email'])
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
