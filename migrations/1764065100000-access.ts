import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Developer access: requests (a request that starts is the grant), the customer's single-use consent links, and
 * anonymised investigation copies in a schema of their own, apart from live content.
 */
export class Access1764065100000 implements MigrationInterface {
  name = 'Access1764065100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE access_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        setting_id uuid NOT NULL REFERENCES settings(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        requester_id uuid NOT NULL REFERENCES staff(id),
        justification text NOT NULL,
        scopes text[] NOT NULL
          CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['children','observations','parents','media']::text[]),
        minutes integer NOT NULL CHECK (minutes > 0),
        status text NOT NULL
          CHECK (status IN ('pending','awaiting_consent','active','denied','expired','revoked','ended')),
        respond_by timestamptz,
        approver_id uuid REFERENCES staff(id),
        decided_at timestamptz,
        decision_reason text,
        consent_status text NOT NULL DEFAULT 'not_asked'
          CHECK (consent_status IN ('not_asked','requested','granted','refused','expired')),
        consent_method text CHECK (consent_method IN ('contract','email_link')),
        consent_by text,
        consent_at timestamptz,
        starts_at timestamptz,
        expires_at timestamptz,
        ended_at timestamptz,
        end_reason text,
        ended_by_id uuid REFERENCES staff(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT access_requests_active_has_window CHECK (status <> 'active' OR (starts_at IS NOT NULL AND expires_at IS NOT NULL))
      );
      CREATE INDEX access_requests_live ON access_requests (requester_id, expires_at) WHERE status = 'active';
      CREATE INDEX access_requests_waiting ON access_requests (respond_by) WHERE status IN ('pending','awaiting_consent');
      CREATE INDEX access_requests_setting ON access_requests (setting_id, created_at);
      CREATE INDEX access_requests_case ON access_requests (case_id);
      CREATE INDEX access_requests_requester ON access_requests (requester_id, created_at);

      -- The link the setting's DPO answers through: only the token's hash is kept, and it works once.
      CREATE TABLE access_consent_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL UNIQUE REFERENCES access_requests(id),
        token_hash text NOT NULL UNIQUE,
        sent_to text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL
      );

      CREATE SCHEMA investigation;

      -- What a copy was (kept after deletion, for the grant's history); its anonymised rows live beside it.
      CREATE TABLE investigation.copies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES public.access_requests(id),
        setting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        scopes text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('ready','deleted')),
        counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        delete_by timestamptz NOT NULL,
        deleted_at timestamptz,
        delete_reason text,
        created_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX copies_one_ready_per_request ON investigation.copies (request_id) WHERE status = 'ready';
      CREATE INDEX copies_due ON investigation.copies (delete_by) WHERE status = 'ready';
      CREATE INDEX copies_owner ON investigation.copies (owner_id, created_at);
      CREATE INDEX copies_setting ON investigation.copies (setting_id, created_at);

      CREATE TABLE investigation.children (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES investigation.copies(id),
        code text NOT NULL,
        birth_year integer,
        age_band text,
        room text,
        notes text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX investigation_children_copy ON investigation.children (copy_id);

      CREATE TABLE investigation.parents (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES investigation.copies(id),
        code text NOT NULL,
        child_id uuid,
        relationship text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX investigation_parents_copy ON investigation.parents (copy_id);

      CREATE TABLE investigation.observations (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES investigation.copies(id),
        child_id uuid,
        observed_at timestamptz NOT NULL,
        author_code text NOT NULL,
        area text,
        text text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX investigation_observations_copy ON investigation.observations (copy_id);

      CREATE TABLE investigation.media (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES investigation.copies(id),
        code text NOT NULL,
        child_id uuid,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        taken_at timestamptz,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX investigation_media_copy ON investigation.media (copy_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP SCHEMA investigation CASCADE;
      DROP TABLE access_consent_tokens;
      DROP TABLE access_requests;
    `);
  }
}
