import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A setting's content in id order, so an investigation copy reads it in batches without rescanning the setting each time. */
export class ContentCopyOrder1764065730000 implements MigrationInterface {
  name = 'ContentCopyOrder1764065730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX children_setting_id ON children (setting_id, id);
      CREATE INDEX parents_setting_id ON parents (setting_id, id);
      CREATE INDEX observations_setting_id ON observations (setting_id, id);
      CREATE INDEX media_setting_id ON media (setting_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX children_setting_id; DROP INDEX parents_setting_id; DROP INDEX observations_setting_id; DROP INDEX media_setting_id;');
  }
}
