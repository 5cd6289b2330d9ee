import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log at millions of events: one index per filter the UI offers, each ending in (at, seq) so a filtered page
 * in time order is an index range scan; and verification checkpoints, append-only like the chain they vouch for.
 */
export class AuditScale1764066000000 implements MigrationInterface {
  name = 'AuditScale1764066000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX audit_events_at_seq ON audit_events (at, seq);
      CREATE INDEX audit_events_setting_at ON audit_events (setting_id, at, seq) WHERE setting_id IS NOT NULL;
      CREATE INDEX audit_events_actor_at ON audit_events (actor_id, at, seq);
      CREATE INDEX audit_events_action_at ON audit_events (action, at, seq);
      DROP INDEX audit_events_at;
      DROP INDEX audit_events_setting;
      DROP INDEX audit_events_actor;

      CREATE TABLE audit_checkpoints (
        id bigserial PRIMARY KEY,
        position bigint NOT NULL REFERENCES audit_seals(position),
        hash text NOT NULL,
        events bigint NOT NULL,
        verified_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
      CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_checkpoints;
      CREATE INDEX audit_events_at ON audit_events (at);
      CREATE INDEX audit_events_setting ON audit_events (setting_id) WHERE setting_id IS NOT NULL;
      CREATE INDEX audit_events_actor ON audit_events (actor_id);
      DROP INDEX audit_events_at_seq;
      DROP INDEX audit_events_setting_at;
      DROP INDEX audit_events_actor_at;
      DROP INDEX audit_events_action_at;
    `);
  }
}
