import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { InvestigationDatabase } from './database/investigation-database.js';
import { SystemClock } from './common/clock.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createApp, migrate } from './create-app.js';
import { resolveDatabase } from './database/database-url.js';
import { DemoModule, DemoSeeder } from './cli/demo-seed.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`configuration error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const database = await resolveDatabase(config, (line) => console.log(line));
  // Demo logins with published passwords exist only in a server started outside production with DEMO_DATA on.
  const modules = config.demoData ? [DemoModule] : [];
  const app = await createApp({ config, databaseUrl: database.url, clock: new SystemClock(), serveUi: true, modules });
  const applied = await migrate(app.get(DataSource));
  if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
  await app.get(InvestigationDatabase).source(); // created and migrated now, so a broken one stops start-up rather than a copy
  await app.init(); // the job queue prepares its schema here, before anything (the demo story included) queues work
  if (config.demoData) await app.get(DemoSeeder).seed({ quiet: true });
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen(config.port, '::');
  console.log(`Custodian is up on http://localhost:${config.port} (API docs at /api/docs)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exit(1);
});
