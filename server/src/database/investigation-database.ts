import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { INVESTIGATION_MIGRATIONS } from '../../../migrations/investigation/index.js';
import { CONFIG, type Config } from '../config/config.js';
import { COPY_ENTITIES } from '../access/investigation-store/copy-rows.entities.js';

/** `<main database>_investigation` on the main database's server: the default home of the copies. */
export function investigationUrlFor(mainUrl: string): string {
  const url = new URL(mainUrl);
  const name = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  url.pathname = `/${encodeURIComponent(`${name}_investigation`)}`;
  return url.toString();
}

/** Creates the database when it is missing (another replica doing the same at once is fine). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return false;
  } catch (e) {
    if ((e as { code?: string }).code !== '3D000') throw e;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === '42P04') return false;
    throw e;
  } finally {
    await admin.end();
  }
}

/**
 * The investigation database: its own connection, its own migrations. The server opens it at start-up (creating and
 * migrating it when needed); anything else opens it on first use. Nothing else in the application reaches it.
 */
@Injectable()
export class InvestigationDatabase implements OnApplicationShutdown {
  private readonly logger = new Logger('InvestigationDatabase');
  private opening: Promise<DataSource> | undefined;
  readonly url: string;

  constructor(@InjectDataSource() main: DataSource, @Inject(CONFIG) config: Config) {
    this.url = config.investigationDatabaseUrl ?? investigationUrlFor((main.options as { url?: string }).url!);
  }

  /** The open connection, after creating the database and applying its migrations the first time. */
  source(): Promise<DataSource> {
    this.opening ??= this.open().catch((e: unknown) => {
      this.opening = undefined;
      throw e;
    });
    return this.opening;
  }

  private async open(): Promise<DataSource> {
    if (await ensureDatabase(this.url)) this.logger.log(`created the investigation database ${new URL(this.url).pathname.slice(1)}`);
    const source = new DataSource({
      type: 'postgres', url: this.url, entities: COPY_ENTITIES, migrations: INVESTIGATION_MIGRATIONS, synchronize: false,
      migrationsTableName: 'migrations', extra: { max: 5 },
    });
    await source.initialize();
    await source.runMigrations({ transaction: 'each' });
    return source;
  }

  async onApplicationShutdown(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    if (opening) await (await opening.catch(() => undefined))?.destroy();
  }
}
