import { Injectable } from '@nestjs/common';
import type { ObjectLiteral } from 'typeorm';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';
import { COPY_ROWS, CopyRecord } from './investigation-store/copy-rows.entities.js';
import { InvestigationDatabase } from '../database/investigation-database.js';

/** Each kind's copy columns: name, PostgreSQL type, field of the pseudonymised row. */
const COLUMNS: Record<ContentKind, [string, string, string][]> = {
  children: [['id', 'uuid', 'id'], ['code', 'text', 'code'], ['date_of_birth', 'date', 'dateOfBirth'], ['age_band', 'text', 'ageBand'], ['room', 'text', 'room'], ['notes', 'text', 'notes'], ['created_at', 'timestamptz', 'createdAt']],
  parents: [['id', 'uuid', 'id'], ['code', 'text', 'code'], ['child_id', 'uuid', 'childId'], ['child_code', 'text', 'childCode'], ['relationship', 'text', 'relationship'], ['created_at', 'timestamptz', 'createdAt']],
  observations: [['id', 'uuid', 'id'], ['child_id', 'uuid', 'childId'], ['child_code', 'text', 'childCode'], ['observed_at', 'timestamptz', 'observedAt'], ['author_code', 'text', 'authorCode'], ['area', 'text', 'area'], ['text', 'text', 'text'], ['created_at', 'timestamptz', 'createdAt']],
  media: [['id', 'uuid', 'id'], ['code', 'text', 'code'], ['child_id', 'uuid', 'childId'], ['child_code', 'text', 'childCode'], ['content_type', 'text', 'contentType'], ['size_bucket', 'text', 'sizeBucket'], ['taken_at', 'timestamptz', 'takenAt'], ['created_at', 'timestamptz', 'createdAt']],
};

/** The pseudonymised rows of the copies, in the investigation database: read by their developer, and deleted. */
@Injectable()
export class InvestigationCopyRowsRepository {
  constructor(private readonly store: InvestigationDatabase) {}

  private async rows(copyId: string, kind: ContentKind) {
    return (await this.store.source()).getRepository<ObjectLiteral>(COPY_ROWS[kind]).createQueryBuilder('c').where('c.copy_id = :copyId', { copyId });
  }

  async list(copyId: string, kind: ContentKind, query: ListQuery, spec: ListSpec): Promise<ListResult<ObjectLiteral>> {
    return runListQuery(await this.rows(copyId, kind), query, spec);
  }

  async get(copyId: string, kind: ContentKind, rowId: string): Promise<ObjectLiteral | null> {
    return (await this.rows(copyId, kind)).andWhere('c.id = :rowId', { rowId }).getOne();
  }

  /**
   * Writes a copy: its `copies` row, then each batch of pseudonymised rows as it arrives, all in one transaction in
   * the investigation database, so a failed copy leaves nothing there. One statement per batch, a column per array:
   * far less work per row than one VALUES tuple each.
   */
  async write(copyId: string, createdAt: Date, batches: AsyncIterable<[ContentKind, ObjectLiteral[]]>): Promise<void> {
    await (await this.store.source()).transaction(async (m) => {
      await m.insert(CopyRecord, { id: copyId, createdAt });
      for await (const [kind, values] of batches) {
        const columns = COLUMNS[kind];
        await m.query(
          `INSERT INTO ${kind} (copy_id, ${columns.map(([c]) => c).join(', ')}) SELECT $1::uuid, * FROM unnest(${columns.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ')})`,
          [copyId, ...columns.map(([, , field]) => values.map((v) => v[field] ?? null))],
        );
      }
    });
  }

  /** Deletes a copy's rows (they go with its `copies` row); returns what was removed, by kind. */
  async remove(copyId: string): Promise<Record<ContentKind, number>> {
    return (await this.store.source()).transaction(async (m) => {
      const removed = {} as Record<ContentKind, number>;
      for (const kind of CONTENT_KINDS) {
        const result = await m.createQueryBuilder().delete().from(COPY_ROWS[kind]).where('copy_id = :copyId', { copyId }).execute();
        removed[kind] = result.affected ?? 0;
      }
      await m.delete(CopyRecord, { id: copyId });
      return removed;
    });
  }

  /** Copies whose rows were written before `cutoff`. */
  async writtenBefore(cutoff: Date): Promise<string[]> {
    const stored: { id: string }[] = await (await this.store.source()).query('SELECT id FROM copies WHERE created_at < $1', [cutoff]);
    return stored.map((c) => c.id);
  }
}
