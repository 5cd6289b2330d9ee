import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The investigation database: one row per copy, and its pseudonymised rows, deleted with it. */
export class Copies1764065720000 implements MigrationInterface {
  name = 'Copies1764065720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE copies (id uuid PRIMARY KEY, created_at timestamptz NOT NULL);
      CREATE TABLE children (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES copies(id) ON DELETE CASCADE,
        code text NOT NULL,
        date_of_birth date,
        age_band text,
        room text,
        notes text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX children_copy ON children (copy_id, code);
      CREATE TABLE parents (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES copies(id) ON DELETE CASCADE,
        code text NOT NULL,
        child_id uuid,
        child_code text,
        relationship text,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX parents_copy ON parents (copy_id, code);
      CREATE TABLE observations (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES copies(id) ON DELETE CASCADE,
        child_id uuid,
        child_code text,
        observed_at timestamptz NOT NULL,
        author_code text NOT NULL,
        area text,
        text text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX observations_copy ON observations (copy_id, observed_at);
      CREATE TABLE media (
        id uuid PRIMARY KEY,
        copy_id uuid NOT NULL REFERENCES copies(id) ON DELETE CASCADE,
        code text NOT NULL,
        child_id uuid,
        child_code text,
        content_type text NOT NULL,
        size_bucket text NOT NULL,
        taken_at timestamptz,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX media_copy ON media (copy_id, code);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE media; DROP TABLE observations; DROP TABLE parents; DROP TABLE children; DROP TABLE copies;');
  }
}
