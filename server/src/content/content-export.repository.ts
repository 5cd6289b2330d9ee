import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';
import { CONTENT_ENTITIES } from './content.entities.js';

/**
 * A setting's own records for the copy its DPO downloads through a single-use link: no staff member reads them
 * through here, and every column asked for must be one of the kind's own.
 */
@Injectable()
export class ContentExportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The next `limit` rows of one kind after `after`, in id order, with these columns; a date of birth stays text, as recorded. */
  batch(kind: ContentKind, columns: readonly string[], settingId: string, after: string | null, limit: number): Promise<Record<string, unknown>[]> {
    if (!CONTENT_KINDS.includes(kind)) throw new Error(`unknown content kind ${kind}`);
    const known = new Set(this.db.getMetadata(CONTENT_ENTITIES[kind]).columns.map((c) => c.databaseName));
    const unknown = columns.filter((c) => !known.has(c));
    if (unknown.length) throw new Error(`${kind} has no column ${unknown.join(', ')}`);
    const select = columns.map((c) => (c === 'date_of_birth' ? `"${c}"::text AS "${c}"` : `"${c}"`)).join(', ');
    return this.db.query(
      `SELECT ${select} FROM ${kind} WHERE setting_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3`,
      [settingId, after, limit],
    );
  }
}
