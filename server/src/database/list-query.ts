import { LRUCache } from 'lru-cache';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CommonError } from '../common/domain-error.js';
import { plainRowReader, selectableColumns } from './plain-rows.js';
import { preparedQuery } from './prepared-statements.js';
import { nulCharacterFields } from '../common/validation.js';

export const MAX_RANGE_ROWS = 1000;

type FieldType = 'text' | 'uuid' | 'boolean' | 'number' | 'date' | 'array';

/** What a resource's list accepts: the fields it sorts and filters by, and the ones `q` searches. */
export interface ListSpec {
  sortable: readonly string[];
  filters: Readonly<Record<string, FieldType>>;
  search: readonly string[];
  defaultSort: readonly [string, 'ASC' | 'DESC'];
  /** Orders rows the sort field leaves tied; default `id`. */
  tiebreaker?: string;
  /** Fields filtered by range: `<field>_gte` and `<field>_lte` (react-admin's convention), both inclusive. */
  ranges?: Readonly<Record<string, 'date' | 'number'>>;
}

export interface ListResult<T> {
  rows: T[];
  total: number;
  start: number;
  /** The total is an estimate (see the resource's count strategy), not an exact count. */
  estimated?: boolean;
}

const RANGE = /^(.+)_(gte|lte)$/;

export interface ListParams {
  sort?: string;
  range?: string;
  filter?: string;
}

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
  filter: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A JSON query parameter; malformed JSON, or text PostgreSQL cannot store (U+0000), is a 400 naming it. */
export function parseJson(name: string, raw: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw CommonError.badInput(`${name} is not valid JSON`);
  }
  const nul = nulCharacterFields(value, name);
  if (nul.length) throw CommonError.badInput(`${nul.join(', ')} must not contain the NUL character`);
  return value;
}

function checkValue(field: string, type: FieldType, value: unknown): void {
  const ok =
    type === 'uuid' ? typeof value === 'string' && UUID.test(value)
    : type === 'boolean' ? typeof value === 'boolean'
    : type === 'number' ? typeof value === 'number' && Number.isFinite(value)
    : type === 'date' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
    : typeof value === 'string';
  if (!ok) throw CommonError.badInput(`filter ${field} expects ${type === 'array' ? 'text' : type} values`);
}

/** Parses the react-admin simple-REST list parameters; anything malformed is a 400 naming the parameter. */
export function parseListQuery(params: ListParams, spec: ListSpec): ListQuery {
  let sort: [string, 'ASC' | 'DESC'] = [spec.defaultSort[0], spec.defaultSort[1]];
  if (params.sort !== undefined) {
    const s = parseJson('sort', params.sort);
    if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== 'string' || typeof s[1] !== 'string') {
      throw CommonError.badInput('sort must be ["field","ASC"|"DESC"]');
    }
    const order = s[1].toUpperCase();
    if (!spec.sortable.includes(s[0])) throw CommonError.badInput(`cannot sort by ${s[0]}; sortable: ${spec.sortable.join(', ')}`);
    if (order !== 'ASC' && order !== 'DESC') throw CommonError.badInput('sort order must be ASC or DESC');
    sort = [s[0], order];
  }
  let range: [number, number] = [0, 24];
  if (params.range !== undefined) {
    const r = parseJson('range', params.range);
    if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isSafeInteger(n) && n >= 0) || r[1] < r[0]) {
      throw CommonError.badInput('range must be [first,last] with 0 <= first <= last');
    }
    if (r[1] - r[0] + 1 > MAX_RANGE_ROWS) throw CommonError.badInput(`range may cover at most ${MAX_RANGE_ROWS} rows`);
    range = [r[0], r[1]];
  }
  let filter: Record<string, unknown> = {};
  if (params.filter !== undefined) {
    const f = parseJson('filter', params.filter);
    if (f === null || typeof f !== 'object' || Array.isArray(f)) throw CommonError.badInput('filter must be a JSON object');
    for (const [field, value] of Object.entries(f)) {
      if (field === 'q') {
        if (typeof value !== 'string') throw CommonError.badInput('filter q must be text');
        continue;
      }
      const ranged = RANGE.exec(field);
      const rangeType = ranged && Object.hasOwn(spec.ranges ?? {}, ranged[1]!) ? spec.ranges![ranged[1]!] : undefined;
      if (rangeType) {
        checkValue(field, rangeType, value);
        continue;
      }
      // Own keys only: `constructor`, `__proto__` and every other Object.prototype name are unknown fields, not functions.
      const type: FieldType | undefined = field === 'id' ? 'uuid' : Object.hasOwn(spec.filters, field) ? spec.filters[field] : undefined;
      const ranges = Object.keys(spec.ranges ?? {}).flatMap((r) => [`${r}_gte`, `${r}_lte`]);
      if (!type) throw CommonError.badInput(`cannot filter by ${field}; filters: ${['id', 'q', ...Object.keys(spec.filters), ...ranges].join(', ')}`);
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && value.length > MAX_RANGE_ROWS) throw CommonError.badInput(`filter ${field} lists too many values`);
      values.forEach((v) => checkValue(field, type, v));
    }
    filter = Object.assign(Object.create(null) as Record<string, unknown>, f);
  }
  return { sort, range, filter };
}

let calls = 0;

/** Applies a parsed list query's filters (with andWhere), q search and sort to a query builder. */
function applyListQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec): void {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const column = (field: string) => `${qb.alias}.${metadata.findColumnWithPropertyPath(field)!.databaseName}`;
  const prefix = `lq${++calls}_`;
  for (const [field, value] of Object.entries(query.filter)) {
    const p = `${prefix}${field}`;
    const ranged = RANGE.exec(field);
    if (ranged && spec.ranges?.[ranged[1]!]) {
      const bound = spec.ranges[ranged[1]!] === 'date' ? new Date(value as string) : value;
      qb.andWhere(`${column(ranged[1]!)} ${ranged[2] === 'gte' ? '>=' : '<='} :${p}`, { [p]: bound });
    } else if (field === 'q') {
      const text = (value as string).trim();
      if (!text || spec.search.length === 0) continue;
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`(${spec.search.map((f) => `${column(f)} ILIKE :${p}`).join(' OR ')})`, { [p]: like });
    } else if (spec.filters[field] === 'array') {
      const values = Array.isArray(value) ? value : [value];
      qb.andWhere(`${column(field)} && :${p}::text[]`, { [p]: values });
    } else if (Array.isArray(value)) {
      if (value.length === 0) qb.andWhere('FALSE');
      else qb.andWhere(`${column(field)} IN (:...${p})`, { [p]: value });
    } else {
      qb.andWhere(`${column(field)} = :${p}`, { [p]: value });
    }
  }
  const [field, order] = query.sort;
  // NULLS LAST only where a column can be null: on NOT NULL columns it would stop an index from giving the order.
  const nulls = metadata.findColumnWithPropertyPath(field)!.isNullable ? 'NULLS LAST' : undefined;
  qb.orderBy(column(field), order, nulls).addOrderBy(column(spec.tiebreaker ?? 'id'), order);
}

/** Applies a parsed list query (filters with andWhere, q search, sort, range) and counts the total. */
export async function runListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
): Promise<ListResult<T>> {
  applyListQuery(qb, query, spec);
  const [start, end] = query.range;
  const [rows, total] = await qb.skip(start).take(end - start + 1).getManyAndCount();
  return { rows, total, start };
}

/**
 * How a list counts its filtered rows. The count is read in the page query itself, as an uncorrelated scalar subquery
 * (which Postgres runs once), so a page costs one round trip; `total` turns that number into the list's total.
 */
export interface ListCounter {
  /** The count's SQL over the filtered query (no order, no range), with the query's named parameters. */
  inline(filtered: SelectQueryBuilder<ObjectLiteral>): string;
  total(counted: number, filtered: SelectQueryBuilder<ObjectLiteral>): Promise<number | { total: number; estimated: boolean }> | number;
}

export const exactCount: ListCounter = {
  inline: (qb) => qb.clone().select('count(*)').getQuery(),
  total: (n) => n,
};

/** The planner's row estimates by database and filtered query, kept a minute: an estimate is approximate anyway, and asking costs a round trip. */
const estimates = new WeakMap<DataSource, LRUCache<string, number>>();
const estimatesOf = (db: DataSource) => estimates.get(db) ?? estimates.set(db, new LRUCache({ max: 1000, ttl: 60_000 })).get(db)!;

/**
 * For tables too big to count on every page: exact up to `cap` matching rows (counting stops there), and past it
 * the planner's estimate for the same filter, never below `cap + 1`. The result says which it is.
 */
export function cappedCount(cap: number): ListCounter {
  return {
    inline: (qb) => `SELECT count(*) FROM (${qb.clone().select('1').getQuery()} LIMIT ${cap + 1}) capped`,
    total: async (n, qb) => {
      if (n <= cap) return { total: n, estimated: false };
      const [sql, params] = qb.clone().select('1').getQueryAndParameters();
      const key = `${sql}\n${JSON.stringify(params)}`;
      const cache = estimatesOf(qb.connection);
      let rows = cache.get(key);
      if (rows === undefined) {
        const [{ 'QUERY PLAN': plan }] = await qb.connection.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
        rows = Math.round(plan[0].Plan['Plan Rows'] as number);
        cache.set(key, rows);
      }
      return { total: Math.max(cap + 1, rows), estimated: true };
    },
  };
}

/**
 * Values read beside each listed row in the page query itself, so a list needs no second round trip for them: each
 * output property's SQL expression over the row's alias (a correlated subquery, say), with its parameters.
 */
export type ListExtras<X extends ObjectLiteral> = {
  [K in keyof X]: { sql: (alias: string) => string; params?: ObjectLiteral; /** From the value the driver gives to the row's. */ read?: (value: unknown) => X[K] };
};

/**
 * The same list for a single table without relations, on the cheap path: only the entity's selectable columns
 * (or those the query already selects), plus any `extras`,
 * plain objects instead of hydrated entities, and the count read in the page query itself.
 */
export async function runPlainListQuery<T extends ObjectLiteral, X extends ObjectLiteral = Record<never, never>>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
  count: ListCounter = exactCount,
  extras: ListExtras<X> = {} as ListExtras<X>,
): Promise<ListResult<T & X>> {
  applyListQuery(qb, query, spec);
  const countQuery = qb.clone().orderBy() as unknown as SelectQueryBuilder<ObjectLiteral>;
  // A query already narrowed to some columns (the policy's permitted fields) keeps to them.
  const chosen = new Set(qb.expressionMap.selects.map((s) => s.selection));
  const columns = selectableColumns(qb.expressionMap.mainAlias!.metadata)
    .filter((c) => chosen.has(qb.alias) || chosen.has(`${qb.alias}.${c.propertyPath}`));
  qb.select(columns.map((c) => `${qb.alias}.${c.propertyPath}`));
  for (const [name, extra] of Object.entries<ListExtras<X>[keyof X]>(extras)) qb.addSelect(extra.sql(qb.alias), `extra_${name}`).setParameters(extra.params ?? {});
  const [start, end] = query.range;
  qb.offset(start).limit(end - start + 1);
  qb.addSelect(`(${count.inline(countQuery)})`, 'list_total');
  // Outside a transaction the page runs as a prepared statement; inside one it stays on the transaction's connection.
  const raw = inTransaction(qb) ? await qb.getRawMany<Record<string, unknown>>() : await preparedQuery(qb.connection, ...qb.getQueryAndParameters());
  // A page past the end has no row to carry the count: it is read on its own (no row at all: nothing matches).
  const counted = raw.length > 0 ? Number(raw[0]!.list_total) : start === 0 ? 0
    : Number((await countQuery.clone().select(`(${count.inline(countQuery)})`, 'n').limit(1).getRawOne<{ n: string }>())?.n ?? 0);
  const total = await count.total(counted, countQuery);
  const read = plainRowReader<Record<string, unknown>>(qb.connection, columns, (c) => `${qb.alias}_${c.databaseName}`);
  const added = Object.entries<ListExtras<X>[keyof X]>(extras).map(([name, extra]) => ({ name, key: `extra_${name}`, read: extra.read }));
  const rows = raw.map((r) => {
    const row = read(r);
    for (const extra of added) row[extra.name] = extra.read ? extra.read(r[extra.key]) : r[extra.key];
    return row as T & X;
  });
  return typeof total === 'number' ? { rows, total, start } : { rows, ...total, start };
}

/** Whether a query builder runs on a transaction's query runner (TypeORM keeps that field protected). */
const inTransaction = (qb: SelectQueryBuilder<ObjectLiteral>) => (qb as unknown as { queryRunner?: { isTransactionActive: boolean } }).queryRunner?.isTransactionActive === true;

/** The headers react-admin reads a list's total from: `Content-Range`, and `X-Total-Estimated` when it is an estimate. */
export function listHeaders(resource: string, result: ListResult<unknown>): Record<string, string> {
  const { rows, total, start } = result;
  const range = rows.length ? `${start}-${start + rows.length - 1}` : '*';
  return { 'Content-Range': `${resource} ${range}/${total}`, ...(result.estimated ? { 'X-Total-Estimated': 'true' } : {}) };
}

/** A list's rows passed through a view, its count and range kept. */
export function mapRows<T, U>(result: ListResult<T>, view: (row: T) => U): ListResult<U> {
  return { ...result, rows: result.rows.map(view) };
}
