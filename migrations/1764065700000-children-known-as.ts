import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The name a child goes by ("known as Zoz"): customer content like the rest, and a name the anonymiser must know. */
export class ChildrenKnownAs1764065700000 implements MigrationInterface {
  name = 'ChildrenKnownAs1764065700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE children ADD COLUMN known_as text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE children DROP COLUMN known_as');
  }
}
