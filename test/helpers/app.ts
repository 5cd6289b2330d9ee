import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import type { Principal } from '../../server/src/auth/principal.js';
import { SupportCase } from '../../server/src/cases/case.entity.js';
import { Clock, FixedClock } from '../../server/src/common/clock.js';
import { loadConfig, type Config } from '../../server/src/config/config.js';
import { Child, Media, Observation, Parent } from '../../server/src/content/content.entities.js';
import type { AppOptions } from '../../server/src/app.module.js';
import { createApp } from '../../server/src/create-app.js';
import type { Role } from '../../server/src/policy/abilities.js';
import { Setting } from '../../server/src/settings/setting.entity.js';
import { ResponseContract } from './openapi-check.js';
import { separationProblem, StaffService } from '../../server/src/staff/staff.service.js';

export const PASSWORD = 'Quartz-Harbour-2026';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => ReturnType<typeof request>;
  /** The OpenAPI document's check of every response `http()` receives. */
  contract: ResponseContract;
  clock: FixedClock;
  db: DataSource;
  /** This app's own database, copied from the run's migrated template and dropped on close. */
  databaseUrl: string;
  config: Config;
  /** Set when started with `listen`: where a browser reaches the server. */
  baseUrl: string;
  make: ReturnType<typeof factories>;
  close: () => Promise<void>;
}

export const uniq = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** The real application on the run's test database, with a clock the test moves by hand. */
export interface StartOptions {
  serveUi?: boolean;
  listen?: boolean;
  /** Run the job worker; the app then gets a job queue schema of its own, so apps in parallel test files never take each other's jobs. */
  worker?: boolean;
  /** Receives the request log lines (with LOG_LEVEL=info) instead of stdout. */
  logStream?: { write(line: string): void };
  /** Modules composed in beside the product's own, as an entry point does (the demo data). */
  modules?: AppOptions['modules'];
}

async function onServer(templateUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: templateUrl.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own on the test server: a copy of the migrated template, or (`empty`) one as a new install finds it. */
export async function newDatabase({ empty = false } = {}) {
  const templateUrl = inject('templateDatabaseUrl');
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_${randomUUID().slice(0, 8)}`;
  await onServer(templateUrl, empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: templateUrl.replace(/\/[^/]*$/, `/${name}`),
    // The application creates `<name>_investigation` for its copies on start: it goes too.
    drop: async () => {
      await onServer(templateUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await onServer(templateUrl, `DROP DATABASE IF EXISTS ${name}_investigation WITH (FORCE)`);
    },
  };
}

const METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head', 'options']);

/** A supertest agent whose every request asserts that its response matches the OpenAPI document. */
function checkedAgent<A extends object>(agent: A, contract: ResponseContract): A {
  return new Proxy(agent, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !METHODS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => (value as (...a: unknown[]) => request.Test).apply(target, args).expect((res) => contract.assert(res));
    },
  });
}

export async function startApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const jobSchema = `jobs_${randomUUID().slice(0, 8)}`;
  // Two-factor is off unless a test asks for it, and each app seals secrets under a key of its own (never a file).
  const config = loadConfig({
    NODE_ENV: 'test', LOGIN_RATE_PER_MINUTE: '100000', LOGIN_ACCOUNT_RATE_PER_MINUTE: '100000', JOB_SCHEMA: jobSchema, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    MFA_REQUIRED_ROLES: '', SECRETS_KEY: randomBytes(32).toString('base64'), ...env,
  });
  const clock = new FixedClock(new Date());
  // Its own database, so sweeps, fan-outs and lists in parallel test files never meet each other's rows.
  const database = await newDatabase();
  const app = await createApp({ config, databaseUrl: database.url, clock, serveUi: options.serveUi, worker: options.worker ?? false, logStream: options.logStream, modules: options.modules });
  if (options.listen) await app.listen(0, '127.0.0.1');
  else await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get(DataSource);
  // Every response a test receives is checked against the document the app serves: the e2e suite is the contract test.
  const contract = new ResponseContract((await request(app.getHttpServer()).get('/api/docs-json')).body);
  const http = () => checkedAgent(request(app.getHttpServer()), contract);
  const address = options.listen ? app.getHttpServer().address() : null;
  const baseUrl = address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : '';
  return {
    app, http, contract, clock, db, config, baseUrl, databaseUrl: database.url,
    make: factories(app, http),
    close: async () => {
      await app.get(AuditService).seal().catch(() => 0);
      await app.close();
      await database.drop();
    },
  };
}

function factories(app: NestFastifyApplication, http: () => ReturnType<typeof request>) {
  const db = app.get(DataSource);
  return {
    /** A staff member with these roles, signed in: `token` is their bearer token. */
    async staff(roles: Role[] = ['support'], extra: { email?: string; name?: string; password?: string; trained?: boolean } = {}) {
      const email = extra.email ?? `${uniq(roles.join('-') || 'none')}@staff.test`;
      const password = extra.password ?? PASSWORD;
      // Trained today unless a test needs someone without training (the training gate's refusals).
      const trainingCompletedAt = extra.trained === false ? null : app.get(Clock).now();
      // Roles that separation of duties keeps apart are given behind the service's back: an account from before the rule.
      const legacy = separationProblem(roles) !== null;
      const staff = await app.get(StaffService).create({ email, name: extra.name ?? `Test ${roles.join(' ')}`, roles: legacy ? roles.filter((r) => r !== 'admin') : roles, password, trainingCompletedAt }, null);
      if (legacy) {
        await db.query('UPDATE staff SET roles = $2 WHERE id = $1', [staff.id, roles]);
        staff.roles = roles;
      }
      const res = await http().post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
      return { staff, token: res.body.token as string, email, password, auth: { Authorization: `Bearer ${res.body.token}` } };
    },
    /** A staff member with these roles as a service sees them, for service-level tests that call no HTTP route. */
    async principal(roles: Role[] = ['support'], extra: { trained?: boolean } = {}): Promise<Principal> {
      const { token } = await this.staff(roles, extra);
      const principal = await app.get(AuthService).principalFor(token, '127.0.0.1', true);
      if (!principal) throw new Error('a fresh session did not resolve');
      return principal;
    },
    async setting(extra: Partial<Setting> = {}) {
      const name = uniq('Test Nursery');
      return db.getRepository(Setting).save(db.getRepository(Setting).create({
        name, kind: 'nursery', postcode: 'CB1 1AA', icoNumber: 'ZA123456', dpoName: 'Dana Protection',
        dpoEmail: `dpo-${name.toLowerCase()}@setting.test`, contactEmail: `office-${name.toLowerCase()}@setting.test`,
        contactPhone: '01223 000000', subscriptionStatus: 'active', consentPolicy: 'contract', ...extra,
      }));
    },
    async supportCase(settingId: string, extra: Partial<SupportCase> = {}) {
      return db.getRepository(SupportCase).save(db.getRepository(SupportCase).create({
        settingId, title: uniq('Case'), description: 'Something is wrong', status: 'open', ...extra,
      }));
    },
    /** A setting's content: children with parents, observations and media that name them. */
    async content(settingId: string, children = 3) {
      const made = { children: [] as Child[], parents: [] as Parent[], observations: [] as Observation[], media: [] as Media[] };
      for (let i = 0; i < children; i++) {
        const child = await db.getRepository(Child).save({ settingId, firstName: uniq('Kid'), lastName: uniq('Family'), dateOfBirth: '2022-03-14', room: 'Rainbows', notes: '' });
        made.children.push(child);
        made.parents.push(await db.getRepository(Parent).save({ settingId, childId: child.id, firstName: uniq('Parent'), lastName: child.lastName, relationship: 'mother', email: `${uniq('p')}@family.test`, phone: '07700 900123', address: '1 Orchard Close' }));
        made.observations.push(await db.getRepository(Observation).save({ settingId, childId: child.id, observedAt: new Date(), authorName: 'Key Worker', area: 'Literacy', text: `${child.firstName} read a book.` }));
        made.media.push(await db.getRepository(Media).save({ settingId, childId: child.id, filename: 'painting.jpg', contentType: 'image/jpeg', sizeBytes: 1000, caption: null, takenAt: new Date() }));
      }
      return made;
    },
  };
}
