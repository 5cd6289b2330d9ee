import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff, sessions, settings, cases, customer content and the append-only audit log. */
export class Init1764064800000 implements MigrationInterface {
  name = 'Init1764064800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        mfa_enabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_roles_known CHECK (roles <@ ARRAY['support','developer','it_manager','smt','admin']::text[])
      );
      CREATE UNIQUE INDEX staff_email_key ON staff (lower(email));

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL REFERENCES staff(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text,
        ip text,
        user_agent text
      );
      CREATE INDEX sessions_staff_live ON sessions (staff_id) WHERE ended_at IS NULL;

      CREATE TABLE settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('nursery','childminder','preschool','school','trust','other')),
        address text,
        postcode text,
        ico_number text,
        dpo_name text,
        dpo_email text,
        contact_email text,
        contact_phone text,
        subscription_status text NOT NULL DEFAULT 'active' CHECK (subscription_status IN ('active','expired','cancelled')),
        subscription_ends_at timestamptz,
        consent_policy text NOT NULL DEFAULT 'per_request' CHECK (consent_policy IN ('per_request','contract')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX settings_name ON settings (name);
      CREATE INDEX settings_created ON settings (created_at);

      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','investigating','resolved')),
        incident_id uuid,
        opened_by_id uuid REFERENCES staff(id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX cases_setting ON cases (setting_id);

      CREATE TABLE children (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        date_of_birth date NOT NULL,
        room text,
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX children_setting ON children (setting_id);

      CREATE TABLE parents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        child_id uuid REFERENCES children(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        relationship text,
        email text,
        phone text,
        address text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX parents_setting ON parents (setting_id);

      CREATE TABLE observations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        child_id uuid NOT NULL REFERENCES children(id),
        observed_at timestamptz NOT NULL,
        author_name text NOT NULL,
        area text,
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX observations_setting ON observations (setting_id);

      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        child_id uuid REFERENCES children(id),
        filename text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        caption text,
        taken_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX media_setting ON media (setting_id);

      -- Append-only: writers insert events without waiting on each other; a sealer chains them afterwards
      -- into audit_seals, in the order it seals them.
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        at timestamptz NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        setting_id uuid,
        grant_id uuid,
        ip text,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb
      );
      CREATE INDEX audit_events_at ON audit_events (at);
      CREATE INDEX audit_events_setting ON audit_events (setting_id) WHERE setting_id IS NOT NULL;
      CREATE INDEX audit_events_grant ON audit_events (grant_id) WHERE grant_id IS NOT NULL;
      CREATE INDEX audit_events_actor ON audit_events (actor_id);

      CREATE TABLE audit_seals (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE REFERENCES audit_events(id),
        prev_hash text NOT NULL,
        hash text NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
      CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
      CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_seals;
      DROP TABLE audit_events;
      DROP FUNCTION audit_refuse_change();
      DROP TABLE media;
      DROP TABLE observations;
      DROP TABLE parents;
      DROP TABLE children;
      DROP TABLE cases;
      DROP TABLE settings;
      DROP TABLE sessions;
      DROP TABLE staff;
    `);
  }
}
