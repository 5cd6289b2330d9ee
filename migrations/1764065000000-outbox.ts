import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The durable outbox: one row per recipient, written in the transaction of the change that causes it. */
export class Outbox1764065000000 implements MigrationInterface {
  name = 'Outbox1764065000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        "to" text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued','sent','captured','failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        incident_id uuid,
        setting_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX outbox_status ON outbox (status);
      CREATE INDEX outbox_incident ON outbox (incident_id) WHERE incident_id IS NOT NULL;
      CREATE INDEX outbox_created ON outbox (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox');
  }
}
