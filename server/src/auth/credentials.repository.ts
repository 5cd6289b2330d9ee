import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Staff } from '../staff/staff.entity.js';
import { PasswordReset } from './password-reset.entity.js';

/** The two-factor columns of a staff member, which are never selected otherwise. */
export type TwoFactorColumns = Pick<Staff, 'mfaEnabled' | 'mfaSecret' | 'mfaPendingSecret' | 'mfaLastStep'>;

/**
 * What signing in rests on: a staff member's password hash, failed attempts and lock, two-factor secrets, and
 * password reset links. The only place that reads or writes those columns.
 */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A staff member by email (any case), with the password hash for checking a sign-in. */
  findWithPasswordHash(email: string): Promise<Staff | null> {
    return this.db.manager.createQueryBuilder(Staff, 's').addSelect('s.password_hash', 's_password_hash')
      .where('lower(s.email) = lower(:email)', { email }).getOne();
  }

  /** A staff member by email (any case), without secrets. */
  findByEmail(email: string): Promise<Staff | null> {
    return this.db.manager.createQueryBuilder(Staff, 's').where('lower(s.email) = lower(:email)', { email }).getOne();
  }

  findStaff(id: string, manager: EntityManager = this.db.manager): Promise<Staff> {
    return manager.findOneByOrFail(Staff, { id });
  }

  /** One more failed sign-in in a row; returns how many there are now. */
  async countFailure(staffId: string, manager: EntityManager): Promise<number> {
    const [rows] = await manager.query('UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins', [staffId]);
    return rows[0].failed_logins;
  }

  /** Locks the account until `until` (null unlocks it); either way the count of failures starts again. */
  async setLock(staffId: string, until: Date | null, manager: EntityManager): Promise<void> {
    await manager.update(Staff, { id: staffId }, { failedLogins: 0, lockedUntil: until });
  }

  async setPasswordHash(staffId: string, passwordHash: string, manager: EntityManager): Promise<void> {
    await manager.update(Staff, { id: staffId }, { passwordHash, failedLogins: 0, lockedUntil: null });
  }

  /** The staff row, locked for the transaction, with its two-factor columns. */
  loadTwoFactor(staffId: string, manager: EntityManager): Promise<Staff> {
    return manager.createQueryBuilder(Staff, 's').addSelect(['s.mfaSecret', 's.mfaPendingSecret', 's.mfaLastStep'])
      .where('s.id = :id', { id: staffId }).setLock('pessimistic_write').getOneOrFail();
  }

  async setTwoFactor(staffId: string, columns: Partial<TwoFactorColumns>, manager: EntityManager): Promise<void> {
    await manager.update(Staff, { id: staffId }, columns);
  }

  /** Staff whose two-factor secrets are still stored in clear (not `prefix`-sealed); empty before the table exists. */
  async clearTwoFactorSecrets(prefix: string): Promise<{ id: string; mfaSecret: string | null; mfaPendingSecret: string | null }[]> {
    const hasTable: { ok: boolean }[] = await this.db.query(`SELECT to_regclass('staff') IS NOT NULL AND EXISTS (
      SELECT 1 FROM information_schema.columns WHERE table_name = 'staff' AND column_name = 'mfa_secret') AS ok`);
    if (!hasTable[0]?.ok) return [];
    const rows: { id: string; mfa_secret: string | null; mfa_pending_secret: string | null }[] = await this.db.query(
      `SELECT id, mfa_secret, mfa_pending_secret FROM staff
        WHERE (mfa_secret IS NOT NULL AND mfa_secret NOT LIKE $1) OR (mfa_pending_secret IS NOT NULL AND mfa_pending_secret NOT LIKE $1)`,
      [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
    );
    return rows.map((r) => ({ id: r.id, mfaSecret: r.mfa_secret, mfaPendingSecret: r.mfa_pending_secret }));
  }

  async storeTwoFactorSecrets(staffId: string, mfaSecret: string | null, mfaPendingSecret: string | null): Promise<void> {
    await this.db.query('UPDATE staff SET mfa_secret = $2, mfa_pending_secret = $3 WHERE id = $1', [staffId, mfaSecret, mfaPendingSecret]);
  }

  /** Closes every unused reset link of a staff member (one live link per person). */
  async closeResetLinks(staffId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(PasswordReset, { staffId, usedAt: IsNull() }, { usedAt: at });
  }

  async insertResetLink(link: Pick<PasswordReset, 'staffId' | 'tokenHash' | 'requestedBy' | 'createdAt' | 'expiresAt'>, manager: EntityManager): Promise<PasswordReset> {
    const [row] = await manager.save(PasswordReset, [manager.create(PasswordReset, link)]);
    return row!;
  }

  /** A reset link by its token's hash, locked for the transaction. */
  findResetLink(tokenHash: string, manager: EntityManager): Promise<PasswordReset | null> {
    return manager.createQueryBuilder(PasswordReset, 'r').where('r.token_hash = :h', { h: tokenHash }).setLock('pessimistic_write').getOne();
  }

  async markResetLinkUsed(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(PasswordReset, { id }, { usedAt: at });
  }
}
