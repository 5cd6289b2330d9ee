import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A processor's standing obligations: retention and the purged state, export links, the sub-processor register,
 * training records, termly access reviews, monthly transparency reports and data-subject requests.
 */
export class ProcessorOperations1764065900000 implements MigrationInterface {
  name = 'ProcessorOperations1764065900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE settings DROP CONSTRAINT settings_subscription_status_check;
      ALTER TABLE settings ADD CONSTRAINT settings_subscription_status_check
        CHECK (subscription_status IN ('active','expired','cancelled','purged'));
      ALTER TABLE settings ADD COLUMN purged_at timestamptz, ADD COLUMN retention_warned_at timestamptz;
      CREATE INDEX settings_subscription_ends ON settings (subscription_ends_at) WHERE subscription_status <> 'purged';

      -- One row per purge: the counts commit with each deleted batch, so a resumed purge neither recounts nor misses rows.
      CREATE TABLE retention_purges (
        setting_id uuid PRIMARY KEY REFERENCES settings(id),
        started_at timestamptz NOT NULL,
        counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        finished_at timestamptz
      );

      CREATE TABLE export_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        token_hash text NOT NULL UNIQUE,
        sent_to text NOT NULL,
        requested_by_id uuid NOT NULL REFERENCES staff(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX export_links_setting ON export_links (setting_id, created_at);

      CREATE TABLE sub_processors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        purpose text NOT NULL,
        location text NOT NULL,
        data_categories text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('proposed','active','retired')),
        proposed_at timestamptz NOT NULL,
        active_from timestamptz,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE staff ADD COLUMN training_completed_at timestamptz;

      CREATE TABLE access_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        term text NOT NULL UNIQUE CHECK (term ~ '^[0-9]{4}-(autumn|spring|summer)$'),
        reviewer_id uuid NOT NULL REFERENCES staff(id),
        entries jsonb NOT NULL,
        completed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- One monthly report per setting and month, whatever the number of sweeps or replicas.
      CREATE TABLE transparency_reports (
        setting_id uuid NOT NULL REFERENCES settings(id),
        month text NOT NULL,
        accesses integer NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (setting_id, month)
      );

      CREATE TABLE subject_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        kind text NOT NULL CHECK (kind IN ('access','erasure','rectification','restriction','portability')),
        received_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('open','done')),
        notes text NOT NULL DEFAULT '',
        completed_at timestamptz,
        overdue_notified_at timestamptz,
        logged_by_id uuid REFERENCES staff(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX subject_requests_open ON subject_requests (due_at) WHERE status = 'open';
      CREATE INDEX subject_requests_setting ON subject_requests (setting_id, received_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE subject_requests;
      DROP TABLE transparency_reports;
      DROP TABLE access_reviews;
      ALTER TABLE staff DROP COLUMN training_completed_at;
      DROP TABLE sub_processors;
      DROP TABLE export_links;
      DROP TABLE retention_purges;
      DROP INDEX settings_subscription_ends;
      ALTER TABLE settings DROP COLUMN purged_at, DROP COLUMN retention_warned_at;
      ALTER TABLE settings DROP CONSTRAINT settings_subscription_status_check;
      ALTER TABLE settings ADD CONSTRAINT settings_subscription_status_check
        CHECK (subscription_status IN ('active','expired','cancelled'));
    `);
  }
}
