import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mail that carries a secret (a single-use link) is withheld from every reader and scrubbed once delivered. */
export class SensitiveMail1764065300000 implements MigrationInterface {
  name = 'SensitiveMail1764065300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox ADD COLUMN sensitive boolean NOT NULL DEFAULT false');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox DROP COLUMN sensitive');
  }
}
