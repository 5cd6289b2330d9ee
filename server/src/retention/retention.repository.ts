import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a purge has deleted so far, by kind. */
export type PurgeTally = Partial<Record<string, number>>;

/** Each setting's purge: when it started and finished, and what it deleted, counted batch by batch. */
@Injectable()
export class RetentionRepository {
  /** Records that the purge started (once; a resumed purge keeps its first start and counts). */
  async start(settingId: string, now: Date, m: EntityManager): Promise<void> {
    await m.query('INSERT INTO retention_purges (setting_id, started_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [settingId, now]);
  }

  /** Adds a batch's deletions to the purge's count, in the batch's transaction. */
  async count(settingId: string, kind: string, n: number, m: EntityManager): Promise<void> {
    await m.query(
      `UPDATE retention_purges SET counts = jsonb_set(counts, $2::text[], to_jsonb(COALESCE((counts->>$3)::int, 0) + $4)) WHERE setting_id = $1`,
      [settingId, `{${kind}}`, kind, n],
    );
  }

  /** The purge, locked for the rest of the transaction; null when none was started. */
  async lock(settingId: string, m: EntityManager): Promise<{ counts: PurgeTally; finishedAt: Date | null } | null> {
    const [purge]: { counts: PurgeTally; finished_at: Date | null }[] = await m.query(
      'SELECT counts, finished_at FROM retention_purges WHERE setting_id = $1 FOR UPDATE', [settingId]);
    return purge ? { counts: purge.counts, finishedAt: purge.finished_at } : null;
  }

  /** Marks the purge finished; returns its final counts. */
  async finish(settingId: string, now: Date, m: EntityManager): Promise<PurgeTally> {
    const [rows]: [{ counts: PurgeTally }[], number] = await m.query(
      'UPDATE retention_purges SET finished_at = $2 WHERE setting_id = $1 RETURNING counts', [settingId, now]);
    return rows[0]!.counts;
  }
}
