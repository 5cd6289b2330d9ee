import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Critical incidents: the incident, its affected-settings register, its timeline (updates, decisions, contacts,
 * cases, portal message) and the reminders and overdue notices already sent, one per deadline.
 */
export class Incidents1764065200000 implements MigrationInterface {
  name = 'Incidents1764065200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incidents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        discovered_at timestamptz NOT NULL,
        declared_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','resolved')),
        owner_id uuid NOT NULL REFERENCES staff(id),
        declared_by_id uuid NOT NULL REFERENCES staff(id),
        personal_data_breach boolean NOT NULL DEFAULT false,
        breach_notified_at timestamptz,
        functionality_removed boolean,
        portal_message text,
        portal_message_at timestamptz,
        last_customer_update_at timestamptz,
        cadence_day1_minutes integer NOT NULL CHECK (cadence_day1_minutes > 0),
        cadence_later_minutes integer NOT NULL CHECK (cadence_later_minutes > 0),
        resolved_at timestamptz,
        resolved_by_id uuid REFERENCES staff(id),
        resolution_summary text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT incidents_discovered_before_declared CHECK (discovered_at <= declared_at),
        CONSTRAINT incidents_resolution CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
      );
      CREATE INDEX incidents_active ON incidents (declared_at) WHERE status = 'active';
      CREATE INDEX incidents_declared ON incidents (declared_at);
      CREATE INDEX incidents_portal ON incidents (portal_message_at) WHERE portal_message IS NOT NULL;

      CREATE TABLE incident_settings (
        incident_id uuid NOT NULL REFERENCES incidents(id),
        setting_id uuid NOT NULL REFERENCES settings(id),
        added_at timestamptz NOT NULL,
        added_by_id uuid REFERENCES staff(id),
        PRIMARY KEY (incident_id, setting_id)
      );
      CREATE INDEX incident_settings_setting ON incident_settings (setting_id);

      CREATE TABLE incident_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        incident_id uuid NOT NULL REFERENCES incidents(id),
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES staff(id),
        actor_roles text[] NOT NULL DEFAULT '{}',
        kind text NOT NULL CHECK (kind IN ('declared','customer_update','internal_update','decision','contact','case_linked',
          'portal_message','affected_settings','breach_flagged','owner_changed','reminder','overdue','resolved')),
        setting_id uuid REFERENCES settings(id),
        case_id uuid REFERENCES cases(id),
        contact_kind text CHECK (contact_kind IN ('telephone_update','written_confirmation','smt_contact')),
        decision text CHECK (decision IN ('remove_functionality','keep_functionality')),
        message text,
        due_at timestamptz,
        recipients integer,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT incident_entries_contact CHECK ((kind = 'contact') = (contact_kind IS NOT NULL AND setting_id IS NOT NULL))
      );
      CREATE INDEX incident_entries_incident ON incident_entries (incident_id, seq);
      CREATE INDEX incident_entries_contacts ON incident_entries (incident_id, setting_id, contact_kind) WHERE kind = 'contact';
      CREATE INDEX incident_entries_kind ON incident_entries (incident_id, kind, at);

      -- One row per (incident, deadline, kind): whatever runs the sweep, and however often, a deadline is announced once.
      CREATE TABLE incident_alerts (
        incident_id uuid NOT NULL REFERENCES incidents(id),
        kind text NOT NULL CHECK (kind IN ('reminder','overdue')),
        due_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (incident_id, kind, due_at)
      );

      ALTER TABLE cases ADD CONSTRAINT cases_incident_fk FOREIGN KEY (incident_id) REFERENCES incidents(id);
      CREATE INDEX cases_incident ON cases (incident_id) WHERE incident_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX cases_incident;
      ALTER TABLE cases DROP CONSTRAINT cases_incident_fk;
      DROP TABLE incident_alerts;
      DROP TABLE incident_entries;
      DROP TABLE incident_settings;
      DROP TABLE incidents;
    `);
  }
}
