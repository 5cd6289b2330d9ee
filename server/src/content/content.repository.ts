import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runPlainListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { selectableColumns } from '../database/plain-rows.js';
import { CONTENT_SUBJECT, type ContentKind } from '../policy/abilities.js';
import { CONTENT_ENTITIES, Child, Parent } from './content.entities.js';

/** The names the setting records, whatever kinds a copy holds: the anonymiser must know them all (server-side only). */
export interface ContentIdentities {
  children: Pick<Child, 'id' | 'firstName' | 'lastName' | 'knownAs'>[];
  parents: Pick<Parent, 'id' | 'firstName' | 'lastName' | 'address'>[];
  authors: string[];
}

/** One statement that reads a page of content for a copy: the last id read (`start` for the first page) and the page size follow `parameters` as its last two. */
export interface CopyPageQuery { sql: string; parameters: unknown[]; start: string }

/**
 * Customer content, read on a principal's behalf: every query is narrowed by the policy (no live grant, no rows) and
 * selects only what it lets the principal read. Not exported: the module's service, which audits, is the door.
 */
@Injectable()
export class ContentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private scoped(me: Principal, settingId: string, kind: ContentKind): SelectQueryBuilder<ObjectLiteral> {
    return policyScoped<ObjectLiteral>(this.db.manager, CONTENT_ENTITIES[kind], me, 'read', CONTENT_SUBJECT[kind], 'c')
      .andWhere('c.setting_id = :settingId', { settingId });
  }

  list(me: Principal, settingId: string, kind: ContentKind, query: ListQuery, spec: ListSpec): Promise<ListResult<ObjectLiteral>> {
    return runPlainListQuery(this.scoped(me, settingId, kind), query, spec);
  }

  get(me: Principal, settingId: string, kind: ContentKind, id: string): Promise<ObjectLiteral | null> {
    return this.scoped(me, settingId, kind).andWhere('c.id = :id', { id }).getOne();
  }

  /**
   * How an investigation copy reads a kind page by page on a connection of its own (it runs in a worker thread): the
   * policy's query for this principal, keyset-paged by id, each page one row of `ids` (comma-separated) and `rows` (a
   * JSON array, each row keyed by field), so the reading side makes no object per row.
   */
  copyPages(me: Principal, settingId: string, kind: ContentKind): CopyPageQuery {
    const qb = this.scoped(me, settingId, kind);
    const chosen = new Set(qb.expressionMap.selects.map((s) => s.selection));
    const columns = selectableColumns(qb.expressionMap.mainAlias!.metadata).filter((c) => chosen.has(`c.${c.propertyPath}`));
    const fields = columns.map((c) => `'${c.propertyName}', t."c_${c.databaseName}"`).join(', ');
    const [sql, parameters] = qb.getQueryAndParameters();
    const after = parameters.length + 1;
    return {
      sql: `SELECT coalesce(string_agg(t.c_id::text, ',' ORDER BY t.c_id), '') AS ids, coalesce(json_agg(json_build_object(${fields}) ORDER BY t.c_id), '[]')::text AS rows `
        + `FROM (SELECT * FROM (${sql}) s WHERE s.c_id > $${after} ORDER BY s.c_id LIMIT $${after + 1}) t`,
      parameters,
      // The nil uuid sorts before every id.
      start: '00000000-0000-0000-0000-000000000000',
    };
  }

  /** Where `copyPages` statements run. */
  databaseUrl(): string {
    return (this.db.options as { url?: string }).url!;
  }

  /** Every name the setting records, for the anonymiser; read only once the caller's grant has been checked. */
  async identities(settingId: string): Promise<ContentIdentities> {
    const m = this.db.manager;
    return {
      children: await m.find(Child, { where: { settingId }, select: { id: true, firstName: true, lastName: true, knownAs: true } }),
      parents: await m.find(Parent, { where: { settingId }, select: { id: true, firstName: true, lastName: true, address: true } }),
      authors: ((await m.query('SELECT DISTINCT author_name FROM observations WHERE setting_id = $1', [settingId])) as { author_name: string }[]).map((a) => a.author_name),
    };
  }

  /** Inserts a setting's rows of one kind in batches, in the caller's transaction. */
  async insertMany(kind: ContentKind, rows: ObjectLiteral[], batchRows: number, m: EntityManager): Promise<void> {
    for (let i = 0; i < rows.length; i += batchRows) {
      await m.createQueryBuilder().insert().into(CONTENT_ENTITIES[kind]).values(rows.slice(i, i + batchRows)).updateEntity(false).execute();
    }
  }
}
