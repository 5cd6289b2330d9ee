import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'declared','customer_update','internal_update','decision','contact','case_linked',
  'portal_message','affected_settings','breach_flagged','owner_changed','reminder','overdue','resolved'`;

/**
 * The escalation policy, complete: a late declaration and each Art. 33(3) breach notice are on the timeline, and
 * every notice sent to an affected setting's DPO is kept (who, when, which one), so follow-ups are counted.
 */
export class EscalationComplete1764065800000 implements MigrationInterface {
  name = 'EscalationComplete1764065800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incident_entries DROP CONSTRAINT incident_entries_kind_check,
      ADD CONSTRAINT incident_entries_kind_check CHECK (kind IN (${OLD_KINDS}, 'late_declaration', 'breach_notice'))`);
    await q.query(`
      CREATE TABLE incident_breach_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incidents(id),
        setting_id uuid NOT NULL REFERENCES settings(id),
        notice integer NOT NULL CHECK (notice >= 1),
        sent_at timestamptz NOT NULL,
        sent_by_id uuid NOT NULL REFERENCES staff(id),
        follow_up boolean NOT NULL,
        sent_to text NOT NULL,
        content jsonb NOT NULL,
        UNIQUE (incident_id, setting_id, notice)
      );
      CREATE INDEX incident_breach_notices_incident ON incident_breach_notices (incident_id, sent_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE incident_breach_notices');
    await q.query(`DELETE FROM incident_entries WHERE kind IN ('late_declaration', 'breach_notice')`);
    await q.query(`ALTER TABLE incident_entries DROP CONSTRAINT incident_entries_kind_check,
      ADD CONSTRAINT incident_entries_kind_check CHECK (kind IN (${OLD_KINDS}))`);
  }
}
