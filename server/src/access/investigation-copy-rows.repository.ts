import { Injectable } from '@nestjs/common';
import type { ObjectLiteral } from 'typeorm';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';
import { COPY_ROWS, CopyRecord } from './investigation-store/copy-rows.entities.js';
import { InvestigationDatabase } from '../database/investigation-database.js';

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

  /** Where copies are written (see InvestigationCopyStream), once the database is there and migrated. */
  async url(): Promise<string> {
    await this.store.source();
    return this.store.url;
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
