import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource, QueryFailedError } from 'typeorm';
import { MAX_PREPARED_STATEMENTS, preparedQuery } from '../../server/src/database/prepared-statements.js';
import { newDatabase } from '../helpers/app.js';

// One pooled connection, so every statement runs where `pg_prepared_statements` can see it.
describe('prepared statements on the hot read paths', () => {
  let database: Awaited<ReturnType<typeof newDatabase>>;
  let db: DataSource;
  const prepared = async () => (await db.query('SELECT name, statement FROM pg_prepared_statements ORDER BY prepare_time')) as { name: string; statement: string }[];

  beforeAll(async () => {
    database = await newDatabase();
    db = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } }).initialize();
  });
  afterAll(async () => { await db?.destroy(); await database?.drop(); });

  it('prepares a text once and binds each call\'s own values', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect(await preparedQuery(db, text, [1])).toEqual([{ n: 2 }]);
    expect(await preparedQuery(db, text, [41])).toEqual([{ n: 42 }]);
    expect((await prepared()).filter((p) => p.statement === text)).toHaveLength(1);
  });

  it('fails as any other query does, with the driver\'s error inside, and leaves the connection usable', async () => {
    const failure = await preparedQuery(db, 'SELECT $1::uuid AS id', ['not-a-uuid']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError).driverError).toMatchObject({ code: '22P02' });
    expect(await preparedQuery(db, 'SELECT $1::uuid AS id', ['00000000-0000-0000-0000-000000000001'])).toEqual([{ id: '00000000-0000-0000-0000-000000000001' }]);
    // A text PostgreSQL cannot parse is never taken for prepared: each call fails alike, and the next text runs.
    for (let i = 0; i < 2; i++) expect(await preparedQuery(db, 'SELEKT 1', []).catch((e: unknown) => e)).toBeInstanceOf(QueryFailedError);
    expect(await preparedQuery(db, 'SELECT 2 AS n', [])).toEqual([{ n: 2 }]);
  });

  it('stops naming new texts at the bound and runs the rest unnamed, with the same answers', async () => {
    const own = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } }).initialize();
    try {
      for (let i = 0; i < MAX_PREPARED_STATEMENTS + 10; i++) expect(await preparedQuery(own, `SELECT ${i} AS n`, [])).toEqual([{ n: i }]);
      const names = (await own.query('SELECT name FROM pg_prepared_statements')) as { name: string }[];
      expect(names).toHaveLength(MAX_PREPARED_STATEMENTS);
    } finally {
      await own.destroy();
    }
  });
});
