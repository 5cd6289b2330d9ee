import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { AuditService } from '../audit/audit.service.js';
import { SystemClock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { migrate } from '../create-app.js';
import { InvestigationDatabase } from '../database/investigation-database.js';
import { ContentLoader } from '../content/content-loader.js';
import { resolveDatabase } from '../database/database-url.js';
import { isRole, ROLES, type Role } from '../policy/abilities.js';
import { StaffService } from '../staff/staff.service.js';
import { DemoModule, DemoSeeder } from './demo-seed.js';
import { requestLogger } from '../common/request-log.js';

const USAGE = `usage: npm run cli -- <command>
  migrate                                   apply pending migrations
  staff:create --email E --name N --role R [--role R2] --password P [--trained-on DATE | --untrained]
                                            roles: ${ROLES.join(', ')}; training is recorded as
                                            completed today unless --trained-on or --untrained says otherwise
  demo:seed                                 demo settings, content and one login per role (not in production)
  audit:verify [--from-checkpoint] [--checkpoint]
                                            check the audit chain (from the last checkpoint; store one at the end)
  content:load --setting ID --file F.json   load a setting's content (fixtures, reproductions; not in production)`;

class UsageError extends Error {}
/** A command that may not run here: said in one line, without the usage. */
class Refusal extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function contentLoadOptions(args: string[]) {
  let values: { setting?: string; file?: string };
  try {
    values = parseArgs({ args, options: { setting: { type: 'string' }, file: { type: 'string' } } }).values;
  } catch (e) {
    throw new Refusal(`content:load: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!values.setting || !values.file) throw new Refusal('content:load needs --setting ID and --file F.json');
  if (!UUID.test(values.setting)) throw new Refusal(`content:load: --setting must be a setting id (a UUID), got "${values.setting}"`);
  return values as { setting: string; file: string };
}

function readContentFile(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Refusal(`content:load: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Refusal(`content:load: ${file} is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (!['migrate', 'staff:create', 'demo:seed', 'audit:verify', 'content:load'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const options = command === 'staff:create'
    ? parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true }, password: { type: 'string' }, 'trained-on': { type: 'string' }, untrained: { type: 'boolean' } } }).values
    : command === 'audit:verify'
      ? parseArgs({ args: rest, options: { 'from-checkpoint': { type: 'boolean' }, checkpoint: { type: 'boolean' } } }).values
      : command === 'content:load' ? contentLoadOptions(rest)
      : (parseArgs({ args: rest, options: {} }), {});

  const training = options as { 'trained-on'?: string; untrained?: boolean };
  if (training['trained-on'] !== undefined && (training.untrained || Number.isNaN(Date.parse(training['trained-on'])))) {
    throw new UsageError('--trained-on needs a date (YYYY-MM-DD) and cannot go with --untrained');
  }
  const config = loadConfig(process.env, { logLevel: 'warn' });
  // Before touching any database: demo logins with published passwords have no place in production.
  if (command === 'demo:seed' && config.production) throw new Refusal('demo:seed refuses to run when NODE_ENV=production');
  if (command === 'content:load' && config.production) throw new Refusal('content:load refuses to run when NODE_ENV=production');
  const content = command === 'content:load' ? readContentFile((options as { file: string }).file) : undefined;
  const database = await resolveDatabase(config, (line) => console.error(line));
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: database.url, clock: new SystemClock(), worker: false, modules: command === 'demo:seed' ? [DemoModule] : [] }, requestLogger(config)),
    { logger: ['error', 'warn'] },
  );
  try {
    const applied = await migrate(app.get(DataSource));
    switch (command) {
      case 'migrate':
        await app.get(InvestigationDatabase).source();
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply: the schema is up to date');
        return 0;
      case 'staff:create': {
        const { email, name, role, password, 'trained-on': trainedOn, untrained } = options as {
          email?: string; name?: string; role?: string[]; password?: string; 'trained-on'?: string; untrained?: boolean;
        };
        if (!email || !name || !role?.length || !password) throw new UsageError('staff:create needs --email, --name, --role and --password');
        const bad = role.filter((r) => !isRole(r));
        if (bad.length) throw new UsageError(`unknown role ${bad.join(', ')}; roles: ${ROLES.join(', ')}`);
        const trainingCompletedAt = untrained ? null : trainedOn ? new Date(trainedOn) : new Date();
        const staff = await app.get(StaffService).create({ email, name, roles: role as Role[], password, trainingCompletedAt }, null);
        console.log(JSON.stringify(staff, null, 2));
        return 0;
      }
      case 'demo:seed':
        await app.get(DemoSeeder).seed();
        return 0;
      case 'content:load':
        console.log(JSON.stringify(await app.get(ContentLoader).load((options as { setting: string }).setting, content)));
        return 0;
      case 'audit:verify': {
        const audit = app.get(AuditService);
        await audit.seal();
        const flags = options as { 'from-checkpoint'?: boolean; checkpoint?: boolean };
        const verdict = await audit.verify({ fromCheckpoint: flags['from-checkpoint'], checkpoint: flags.checkpoint });
        if (verdict.ok) {
          console.log(`ok ${verdict.sealed} events`);
          const rate = verdict.seconds ? Math.round(verdict.verified / verdict.seconds) : 0;
          const since = verdict.from ? ` after the checkpoint at position ${verdict.from.position} (${verdict.from.events} events)` : '';
          const saved = verdict.checkpoint ? `; checkpoint stored at position ${verdict.checkpoint}` : '';
          // stdout stays the contract's one line; the rate goes to stderr.
          console.error(`verified ${verdict.verified} events${since} in ${verdict.seconds!.toFixed(2)} s (${rate} events/s)${saved}`);
          return 0;
        }
        const b = verdict.brokenAt!;
        console.log(`broken at event ${b.eventId} (chain position ${b.position}): ${b.reason}; ${verdict.sealed} events before it are intact`);
        return 1;
      }
    }
    return 2;
  } finally {
    await app.get(AuditService).seal().catch(() => 0);
    await app.close();
    await database.stop();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError || e instanceof Refusal || e instanceof ConfigError || e instanceof DomainError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${(e as Error).message}`);
      if (e instanceof UsageError) console.error(USAGE);
      process.exit(2);
    }
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
  },
);
