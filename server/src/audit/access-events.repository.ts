import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** One audited access to a setting's records. */
export interface AccessEvent {
  at: Date;
  actorId: string | null;
  action: string;
  grantId: string | null;
  detail: Record<string, unknown>;
}

/** The audit trail of accesses to customer records, for the reports settings are owed. */
@Injectable()
export class AccessEventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A setting's events of these actions in [from, to), in the order they happened. */
  forSetting(settingId: string, actions: string[], from: Date, to: Date, manager: EntityManager = this.db.manager): Promise<AccessEvent[]> {
    return manager.query(
      `SELECT at, actor_id AS "actorId", action, grant_id AS "grantId", detail FROM audit_events
        WHERE setting_id = $1 AND action = ANY($2::text[]) AND at >= $3 AND at < $4
        ORDER BY at, seq`,
      [settingId, actions, from, to],
    );
  }

  /** Every setting with an event of these actions in [from, to). */
  async settingsWith(actions: string[], from: Date, to: Date, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { setting_id: string }[] = await manager.query(
      `SELECT DISTINCT setting_id FROM audit_events WHERE action = ANY($1::text[]) AND at >= $2 AND at < $3 AND setting_id IS NOT NULL`,
      [actions, from, to],
    );
    return rows.map((r) => r.setting_id);
  }
}
