import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Setting } from './setting.entity.js';

/** The retention columns of a setting: when its DPO was warned, and its end as `purged`. */
@Injectable()
export class SettingRetentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Settings whose subscription ended in (purgeBefore, warnBefore] and not yet warned for that end. */
  async dueWarning(warnBefore: Date, purgeBefore: Date, ids: string[] | null): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM settings WHERE subscription_status <> 'purged' AND subscription_ends_at <= $1 AND subscription_ends_at > $2
          AND (retention_warned_at IS NULL OR retention_warned_at < subscription_ends_at) AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
      [warnBefore, purgeBefore, ids],
    );
    return rows.map((r) => r.id);
  }

  /** Settings whose subscription ended at or before purgeBefore and that are not purged yet, oldest end first. */
  async duePurge(purgeBefore: Date, ids: string[] | null): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM settings WHERE subscription_status <> 'purged' AND subscription_ends_at <= $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        ORDER BY subscription_ends_at`,
      [purgeBefore, ids],
    );
    return rows.map((r) => r.id);
  }

  /** Marks the warning for the current subscription end as given; false when it already was (or the setting is purged). */
  async claimWarning(id: string, now: Date, m: EntityManager): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await m.query(
      `UPDATE settings SET retention_warned_at = $2 WHERE id = $1 AND subscription_status <> 'purged'
          AND (retention_warned_at IS NULL OR retention_warned_at < subscription_ends_at) RETURNING id`,
      [id, now],
    );
    return rows.length > 0;
  }

  async markPurged(id: string, now: Date, m: EntityManager): Promise<Setting> {
    await m.update(Setting, { id }, { subscriptionStatus: 'purged', purgedAt: now });
    return m.findOneByOrFail(Setting, { id });
  }
}
