import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres.js';

const SERVER = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database each test app copies (`CREATE DATABASE … TEMPLATE`) into one of its own. */
    templateDatabaseUrl: string;
  }
}

/** One database migrated once per run; every test app starts from a copy of it, so test files never see each other's data. */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let server = SERVER;
  if (!(await reachable(server))) {
    embedded = await startEmbeddedPostgres();
    server = embedded.url.replace(/\/[^/]*$/, '/postgres');
  }
  const name = `custodian_test_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server.replace(/\/[^/]*$/, `/${name}`);
  const ds = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  project.provide('templateDatabaseUrl', url);

  return async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
    await embedded?.stop();
  };
}
