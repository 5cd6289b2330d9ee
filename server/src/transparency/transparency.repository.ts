import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** The monthly access reports sent: one per setting and month, whatever the sweeps or replicas. */
@Injectable()
export class TransparencyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Of these settings, the ones whose report for `month` has gone. */
  async reportedAmong(settingIds: string[], month: string): Promise<Set<string>> {
    if (settingIds.length === 0) return new Set();
    const rows: { setting_id: string }[] = await this.db.query(
      'SELECT setting_id FROM transparency_reports WHERE month = $1 AND setting_id = ANY($2::uuid[])', [month, settingIds]);
    return new Set(rows.map((r) => r.setting_id));
  }

  /** Claims the setting's report for `month`; false when it was already sent. */
  async claim(settingId: string, month: string, accesses: number, now: Date, m: EntityManager): Promise<boolean> {
    const claimed: unknown[] = await m.query(
      'INSERT INTO transparency_reports (setting_id, month, accesses, sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING month',
      [settingId, month, accesses, now],
    );
    return claimed.length > 0;
  }
}
