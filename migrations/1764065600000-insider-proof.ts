import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Insider-proof consent and credentials: setting changes that wait for the DPO's confirmation, single-use password
 * reset links, and the consent terms an access request was made under.
 */
export class InsiderProof1764065600000 implements MigrationInterface {
  name = 'InsiderProof1764065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE setting_changes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      setting_id uuid NOT NULL REFERENCES settings(id) ON DELETE CASCADE,
      fields jsonb NOT NULL,
      previous jsonb NOT NULL,
      requested_by uuid REFERENCES staff(id),
      requested_at timestamptz NOT NULL,
      token_hash text NOT NULL UNIQUE,
      sent_to text NOT NULL,
      expires_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','rejected','superseded')),
      decided_at timestamptz,
      decided_by_name text
    )`);
    await q.query(`CREATE UNIQUE INDEX setting_changes_one_pending ON setting_changes (setting_id) WHERE status = 'pending'`);
    await q.query(`CREATE TABLE password_resets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      staff_id uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      requested_by uuid REFERENCES staff(id),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX password_resets_staff ON password_resets (staff_id) WHERE used_at IS NULL`);
    await q.query(`ALTER TABLE access_requests ADD COLUMN consent_policy text, ADD COLUMN consent_dpo_email text`);
    // Requests already made keep the terms their setting has now, the closest record of what they were made under.
    await q.query(`UPDATE access_requests r SET consent_policy = s.consent_policy, consent_dpo_email = coalesce(s.dpo_email, s.contact_email)
      FROM settings s WHERE s.id = r.setting_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access_requests DROP COLUMN consent_policy, DROP COLUMN consent_dpo_email`);
    await q.query(`DROP TABLE password_resets`);
    await q.query(`DROP TABLE setting_changes`);
  }
}
