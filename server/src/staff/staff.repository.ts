import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { Staff } from './staff.entity.js';

/** A staff member as written on creation; secrets other than the password hash start empty. */
export type NewStaffRow = Pick<Staff, 'email' | 'name' | 'roles' | 'active' | 'passwordHash' | 'trainingCompletedAt'>;

/** Staff accounts: the module's reads and writes of the `staff` table (credentials are the auth module's). */
@Injectable()
export class StaffRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The staff a principal may read, with only the fields they may read, filtered, sorted and paged. */
  list(me: Principal, query: ListQuery, spec: ListSpec): Promise<ListResult<Staff>> {
    return runListQuery(policyScoped(this.db.manager, Staff, me, 'read', 'Staff', 's'), query, spec);
  }

  /** One staff member as a principal may read them (only the permitted fields), or null. */
  findVisible(me: Principal, id: string): Promise<Staff | null> {
    return policyScoped(this.db.manager, Staff, me, 'read', 'Staff', 's').andWhere('s.id = :id', { id }).getOne();
  }

  /** Whether an account other than `exceptId` already uses this email (in any case). */
  emailTaken(email: string, exceptId?: string): Promise<boolean> {
    const qb = this.db.manager.createQueryBuilder(Staff, 's').where('lower(s.email) = lower(:email)', { email });
    if (exceptId) qb.andWhere('s.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  /** Creates the account; what is returned is what a select without secrets would load. */
  async insert(row: NewStaffRow, manager: EntityManager): Promise<Staff> {
    const created = await manager.save(manager.create(Staff, { ...row, failedLogins: 0, lockedUntil: null, mfaEnabled: false }));
    const { passwordHash: _hash, mfaSecret: _secret, mfaPendingSecret: _pending, mfaLastStep: _step, ...plain } = created;
    return plain as Staff;
  }

  /** The whole record (secrets aside), with no policy: for the module's own writes. */
  findById(id: string, manager: EntityManager = this.db.manager): Promise<Staff> {
    return manager.findOneByOrFail(Staff, { id });
  }

  findByEmail(email: string, manager: EntityManager = this.db.manager): Promise<Staff | null> {
    return manager.createQueryBuilder(Staff, 's').where('lower(s.email) = lower(:email)', { email }).getOne();
  }

  async update(id: string, changes: Partial<Pick<Staff, 'email' | 'name' | 'roles' | 'active' | 'trainingCompletedAt'>>, manager: EntityManager): Promise<void> {
    await manager.update(Staff, { id }, changes);
  }

  /** Lifts a lock and forgets failed sign-ins. */
  async unlock(id: string, manager: EntityManager): Promise<void> {
    await manager.update(Staff, { id }, { lockedUntil: null, failedLogins: 0 });
  }

  /** Records training as completed at `at` for these emails (any case) where none is on record. */
  async recordTrainingWhereMissing(emails: string[], at: Date): Promise<void> {
    await this.db.query('UPDATE staff SET training_completed_at = $2 WHERE lower(email) = ANY($1::text[]) AND training_completed_at IS NULL',
      [emails.map((e) => e.toLowerCase()), at]);
  }
}
