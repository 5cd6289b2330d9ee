import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';

/** Deletes a setting's records at the end of its retention period; nothing else removes customer content. */
@Injectable()
export class ContentPurgeRepository {
  /** Deletes up to `limit` of the setting's rows of one kind, skipping rows another purge holds; returns how many went. */
  async deleteBatch(kind: ContentKind, settingId: string, limit: number, m: EntityManager): Promise<number> {
    if (!CONTENT_KINDS.includes(kind)) throw new Error(`unknown content kind ${kind}`);
    const [{ n }]: [{ n: number }] = await m.query(
      `WITH gone AS (DELETE FROM ${kind} WHERE id IN (SELECT id FROM ${kind} WHERE setting_id = $1 LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [settingId, limit],
    );
    return n;
  }
}
