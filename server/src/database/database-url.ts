import type { Config } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started on demand. */
export async function resolveDatabase(config: Config, log: (line: string) => void): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  return startEmbeddedPostgres(undefined, log, config.embeddedPgPort);
}
