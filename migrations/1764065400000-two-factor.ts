import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (TOTP): the confirmed secret, the one waiting for its first code, and the last time step used,
 * so that a code is accepted once.
 */
export class TwoFactor1764065400000 implements MigrationInterface {
  name = 'TwoFactor1764065400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff
      ADD COLUMN mfa_secret text,
      ADD COLUMN mfa_pending_secret text,
      ADD COLUMN mfa_last_step bigint,
      ADD CONSTRAINT staff_mfa_secret_when_enabled CHECK (mfa_enabled = (mfa_secret IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staff DROP CONSTRAINT staff_mfa_secret_when_enabled,
      DROP COLUMN mfa_secret, DROP COLUMN mfa_pending_secret, DROP COLUMN mfa_last_step`);
  }
}
