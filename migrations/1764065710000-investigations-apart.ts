import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Investigation copies leave the main database: only what a copy was (grant, case, setting, expiry, report) stays
 * here, in `investigations`; its rows live in the investigation database. Copies still held here are deleted.
 */
export class InvestigationsApart1764065710000 implements MigrationInterface {
  name = 'InvestigationsApart1764065710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE investigations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES access_requests(id),
        setting_id uuid NOT NULL,
        case_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        scopes text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('ready','deleted')),
        counts jsonb NOT NULL DEFAULT '{}'::jsonb,
        report jsonb,
        delete_by timestamptz NOT NULL,
        deleted_at timestamptz,
        delete_reason text,
        created_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX investigations_one_ready_per_request ON investigations (request_id) WHERE status = 'ready';
      CREATE INDEX investigations_due ON investigations (delete_by) WHERE status = 'ready';
      CREATE INDEX investigations_owner ON investigations (owner_id, created_at);
      CREATE INDEX investigations_setting ON investigations (setting_id, created_at);
      INSERT INTO investigations (id, request_id, setting_id, case_id, owner_id, scopes, status, counts, delete_by, deleted_at, delete_reason, created_at)
        SELECT id, request_id, setting_id, case_id, owner_id, scopes, 'deleted', counts, delete_by,
               COALESCE(deleted_at, now()), COALESCE(delete_reason, 'moved_apart'), created_at
          FROM investigation.copies;
      DROP SCHEMA investigation CASCADE;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SCHEMA investigation;
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
      CREATE TABLE investigation.children (id uuid PRIMARY KEY, copy_id uuid NOT NULL REFERENCES investigation.copies(id), code text NOT NULL,
        birth_year integer, age_band text, room text, notes text NOT NULL, created_at timestamptz NOT NULL);
      CREATE INDEX investigation_children_copy ON investigation.children (copy_id);
      CREATE TABLE investigation.parents (id uuid PRIMARY KEY, copy_id uuid NOT NULL REFERENCES investigation.copies(id), code text NOT NULL,
        child_id uuid, relationship text, created_at timestamptz NOT NULL);
      CREATE INDEX investigation_parents_copy ON investigation.parents (copy_id);
      CREATE TABLE investigation.observations (id uuid PRIMARY KEY, copy_id uuid NOT NULL REFERENCES investigation.copies(id), child_id uuid,
        observed_at timestamptz NOT NULL, author_code text NOT NULL, area text, text text NOT NULL, created_at timestamptz NOT NULL);
      CREATE INDEX investigation_observations_copy ON investigation.observations (copy_id);
      CREATE TABLE investigation.media (id uuid PRIMARY KEY, copy_id uuid NOT NULL REFERENCES investigation.copies(id), code text NOT NULL,
        child_id uuid, content_type text NOT NULL, size_bytes integer NOT NULL, taken_at timestamptz, created_at timestamptz NOT NULL);
      CREATE INDEX investigation_media_copy ON investigation.media (copy_id);
      INSERT INTO investigation.copies (id, request_id, setting_id, case_id, owner_id, scopes, status, counts, delete_by, deleted_at, delete_reason, created_at)
        SELECT id, request_id, setting_id, case_id, owner_id, scopes, 'deleted', counts, delete_by, COALESCE(deleted_at, now()), delete_reason, created_at
          FROM investigations;
      DROP TABLE investigations;
    `);
  }
}
