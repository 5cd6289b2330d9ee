import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../server/src/auth/session.entity.js';
import { schoolTermAt } from '../../server/src/access-reviews/school-term.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';
import { declare } from './incident-fixtures.js';

// Every route in the OpenAPI document, called by one member of staff holding every role (so the guards let the
// input reach the handlers), with hostile ids, bodies and list parameters: a 4xx every time, never a 5xx, and a
// refused write leaves no row behind anywhere.

interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  bodySchema?: string;
}
interface Schema { properties?: Record<string, unknown> }

let t: TestApp;
let operations: Operation[];
let schemas: Record<string, Schema>;
let everyRole: Awaited<ReturnType<TestApp['make']['staff']>>;
let ids: Record<string, string>;
let valid: Record<string, () => Record<string, unknown>>;
const breachNotice = () => ({
  natureOfBreach: 'Fuzzing', dataCategories: ['names'], approxSubjects: 1, approxRecords: 1,
  likelyConsequences: 'None', measuresTaken: 'None', contactPoint: 'dpo@fuzz.test',
});

const TABLES = ['audit_events', 'settings', 'cases', 'staff', 'access_requests', 'access_consent_tokens', 'incidents', 'incident_settings', 'incident_entries', 'outbox', 'investigations',
  'sub_processors', 'access_reviews', 'subject_requests', 'export_links'];

beforeAll(async () => {
  t = await startApp();
  const docs = await t.http().get('/api/docs-json');
  expect(docs.status).toBe(200);
  operations = Object.entries(docs.body.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>>)
    .flatMap(([path, byMethod]) => Object.entries(byMethod).map(([method, op]) => ({
      method: method as Operation['method'],
      path,
      bodySchema: op.requestBody?.content['application/json']?.schema.$ref.split('/').pop(),
    })));
  schemas = docs.body.components.schemas;

  // Real records for every kind of id, so hostile bodies reach the service rather than stopping at a 404.
  const kit = accessKit(t);
  const grant = await kit.grant({ scopes: ['children', 'observations', 'parents', 'media'] });
  const pending = await kit.request(grant.dev, grant.setting.id, (await t.make.supportCase(grant.setting.id)).id);
  everyRole = await t.make.staff(['support', 'developer', 'it_manager', 'smt', 'admin']);
  const incident = await declare(t, everyRole.auth, { affectedSettingIds: [grant.setting.id] });
  const session = await t.db.getRepository(Session).findOneByOrFail({ staffId: grant.dev.staff.id });
  const subProcessor = await t.http().post('/api/sub-processors').set(everyRole.auth).send({ name: 'Fuzz Mail', purpose: 'Email', location: 'UK', dataCategories: ['parents'] });
  const subjectRequest = await t.http().post('/api/subject-requests').set(everyRole.auth).send({ settingId: grant.setting.id, kind: 'access' });
  ids = {
    '/api/staff/{id}': grant.dev.staff.id,
    '/api/settings/{id}': grant.setting.id,
    '/api/cases/{id}': grant.supportCase.id,
    '/api/access-requests/{id}': pending.id,
    '/api/incidents/{id}': incident.id,
    '/api/sub-processors/{id}': subProcessor.body.id,
    '/api/subject-requests/{id}': subjectRequest.body.id,
    settingId: grant.setting.id,
    sessionId: session.id,
    rowId: grant.content.children[0]!.id,
    childId: grant.content.children[0]!.id,
  };
  // A valid body for each write, so that one hostile field at a time meets the service, not just a missing field.
  const setting = grant.setting.id;
  const openCase = async () => (await t.make.supportCase(setting)).id;
  const caseIds = [await openCase(), await openCase()];
  valid = {
    'post /api/auth/login': () => ({ email: 'nobody@staff.test', password: 'Quartz-Harbour-2026' }),
    'post /api/staff': () => ({ email: `${uniq('fuzz')}@staff.test`, name: 'Fuzz Staff', roles: ['support'], password: 'Quartz-Harbour-2026' }),
    'put /api/staff/{id}': () => ({ name: 'Fuzz Renamed' }),
    'post /api/settings': () => ({ name: uniq('Fuzz Nursery'), kind: 'nursery' }),
    'put /api/settings/{id}': () => ({ name: uniq('Fuzz Nursery') }),
    'post /api/cases': () => ({ settingId: setting, title: 'Fuzz case' }),
    'put /api/cases/{id}': () => ({ title: 'Fuzz case' }),
    'post /api/access-requests': () => ({ settingId: setting, caseId: caseIds[0], justification: 'Fuzzing the request form', scopes: ['children'] }),
    'post /api/access-requests/{id}/deny': () => ({ reason: 'Not needed' }),
    'post /api/access-requests/{id}/revoke': () => ({ reason: 'Done' }),
    'post /api/public/consent/{token}': () => ({ decision: 'grant', name: 'Dana Protection' }),
    'post /api/public/setting-changes/{token}': () => ({ decision: 'confirm', name: 'Dana Protection' }),
    'post /api/public/password-reset': () => ({ email: 'nobody@staff.test' }),
    'post /api/public/password-reset/{token}': () => ({ password: 'Quartz-Harbour-2027' }),
    'post /api/incidents': () => ({ title: uniq('Fuzz critical'), description: 'Fuzzing' }),
    'put /api/incidents/{id}': () => ({ title: 'Fuzz critical' }),
    'post /api/incidents/{id}/updates': () => ({ audience: 'internal', message: 'Still fuzzing' }),
    'put /api/incidents/{id}/affected-settings': () => ({ settingIds: [setting] }),
    'post /api/incidents/{id}/affected-settings': () => ({ settingIds: [setting] }),
    'post /api/incidents/{id}/cases': () => ({ caseId: caseIds[1] }),
    'post /api/incidents/{id}/decisions': () => ({ kind: 'keep_functionality', rationale: 'Fuzzing' }),
    'put /api/incidents/{id}/portal-message': () => ({ message: 'We are fuzzing' }),
    'post /api/incidents/{id}/contacts': () => ({ settingId: setting, kind: 'telephone_update', summary: 'Called' }),
    'post /api/incidents/{id}/written-confirmations': () => ({ message: 'As discussed', settingIds: [setting] }),
    'post /api/incidents/{id}/resolve': () => ({ summary: 'Fixed' }),
    'post /api/incidents/{id}/breach-notices': breachNotice,
    'post /api/incidents/{id}/breach-notices/preview': breachNotice,
    'post /api/sub-processors': () => ({ name: uniq('Fuzz Processor'), purpose: 'Fuzzing', location: 'United Kingdom', dataCategories: ['children'] }),
    'put /api/sub-processors/{id}': () => ({ purpose: 'Fuzzing again' }),
    'post /api/access-reviews': () => ({ term: schoolTermAt(t.clock.now()).term, entries: [{ staffId: grant.it.staff.id, decision: 'keep' }] }),
    'post /api/subject-requests': () => ({ settingId: setting, kind: 'erasure' }),
    'put /api/subject-requests/{id}': () => ({ notes: 'Fuzzing' }),
    'post /api/auth/two-factor/enable': () => ({ code: '123456' }),
    'post /api/auth/two-factor/disable': () => ({ code: '123456' }),
  };
});
afterAll(async () => { await t.close(); });

/** A real id for each path parameter, by the resource the path belongs to. */
function realPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'kind') return 'children';
    if (name === 'audience') return 'customers';
    if (name === 'token') return 'not-a-real-token';
    if (name === 'id') {
      const owner = Object.keys(ids).find((p) => p.startsWith('/api/') && path.startsWith(p.replace('/{id}', '/')));
      return owner ? ids[owner]! : randomUUID();
    }
    return ids[name] ?? randomUUID();
  });
}

const HOSTILE_IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", '%2e%2e%2f', 'x'.repeat(300), '-1'];
const HOSTILE_VALUES: unknown[] = [null, 0, -1, 1e308, 1.5, '', ' ', 'x'.repeat(5000), '\u0000', '2026-02-30T25:61:00Z', 'not-a-uuid',
  randomUUID(), true, {}, [], [null], [{}], ['x'.repeat(300)], { $gt: '' }];
const HOSTILE_RAW = ['{"a":', '[]', '"text"', '123', 'null', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'];
const HOSTILE_LISTS: Record<string, string>[] = [
  { sort: 'name' }, { sort: '["nope","ASC"]' }, { sort: '["name","SIDEWAYS"]' }, { sort: '[1,2,3]' }, { sort: '{"a":1}' },
  { range: '[5,1]' }, { range: '[-1,2]' }, { range: '[0,"a"]' }, { range: '[0,100000]' }, { range: '[0.5,2]' }, { range: 'x' },
  { filter: '{' }, { filter: '[]' }, { filter: '{"nope":1}' }, { filter: '{"id":"not-a-uuid"}' }, { filter: '{"id":["not-a-uuid"]}' },
  { filter: '{"q":{}}' }, { filter: '{"q":["a"]}' }, { filter: '{"createdAt":"garbage"}' }, { filter: '{"status":{"$ne":"x"}}' },
  { filter: '{"constructor":"x"}' }, { filter: '{"__proto__":"x"}' }, { filter: '{"toString":"x"}' }, { filter: '{"hasOwnProperty":["x"]}' },
  { filter: '{"q":"\\u0000"}' }, { filter: '{"name":"a\\u0000b"}' }, { q: '\u0000' },
  { sort: ['["id","ASC"]', '["id","DESC"]'] as unknown as string },
];

async function counts(): Promise<Record<string, number>> {
  const rows: { t: string; n: string }[] = await t.db.query(TABLES.map((name) => `SELECT '${name}' AS t, count(*) AS n FROM ${name}`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

type Req = ReturnType<ReturnType<TestApp['http']>['get']>;

let signedOut = false;

/** Signs the fuzzing staff member in again after a route under test ended their session (logout, sessions revoked). */
async function signedIn() {
  if (!signedOut) return;
  const login = await t.http().post('/api/auth/login').send({ email: everyRole.email, password: everyRole.password });
  expect(login.status, login.text).toBe(200);
  everyRole.auth = { Authorization: `Bearer ${login.body.token}` };
  signedOut = false;
}

/** The row counts before a call, taken once the caller is signed in (a sign-in is itself audited). */
async function ready(): Promise<Record<string, number>> {
  await signedIn();
  return counts();
}

async function send(op: Operation, path: string, build: (req: Req) => Req) {
  const res = await build(t.http()[op.method](path).set(everyRole.auth));
  // Only a route that ends sessions signs the caller out; the next call signs in again first.
  if (res.status === 401 || /^\/api\/(auth\/logout|staff\/\{id\}\/sessions)/.test(op.path)) signedOut = true;
  return res;
}

function expectClientError(res: { status: number; text: string }, where: string) {
  expect(res.status, `${where} → ${res.status} ${res.text.slice(0, 200)}`).toBeLessThan(500);
}

/** A well-formed code is all a fuzzer can send: only the authenticator app knows the right one. */
const NEEDS_THE_APP = new Set(['/api/auth/two-factor/enable', '/api/auth/two-factor/disable']);

/** Writes that leave a trace even when refused, on purpose: a failed sign-in and a refused consent link are audited. */
const AUDITED_REFUSALS = new Set(['/api/auth/login', '/api/public/consent/{token}']);

async function expectNoTrace(op: Operation, res: { status: number; text: string }, before: Record<string, number>, where: string) {
  if (res.status < 400 || op.method === 'get') return;
  const after = await counts();
  const changed = TABLES.filter((name) => after[name] !== before[name] && !(name === 'audit_events' && AUDITED_REFUSALS.has(op.path)));
  expect(changed, `${where} → ${res.status} ${res.text.slice(0, 200)} changed ${changed.join(', ')}`).toEqual([]);
}

describe('hostile input on every route', () => {
  it('answers malformed, mistyped and outsized ids with a 4xx', { timeout: 120_000 }, async () => {
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      for (const bad of HOSTILE_IDS) {
        for (const param of op.path.match(/\{\w+\}/g)!) {
          const path = realPath(op.path.replace(param, encodeURIComponent(bad)));
          await signedIn();
          const res = await send(op, path, (req) => (op.bodySchema ? req.send({}) : req));
          expectClientError(res, `${op.method.toUpperCase()} ${path}`);
        }
      }
    }
  });

  it('answers bodies that are not objects, or not JSON at all, with a 4xx, and changes nothing', { timeout: 120_000 }, async () => {
    for (const op of operations.filter((o) => o.method !== 'get')) {
      for (const raw of HOSTILE_RAW) {
        const before = await ready();
        const res = await send(op, realPath(op.path), (req) => req.set('Content-Type', 'application/json').send(raw));
        const where = `${op.method.toUpperCase()} ${op.path} ${raw}`;
        expectClientError(res, where);
        await expectNoTrace(op, res, before, where);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never fails on a field set to a value of the wrong type, shape or size, and a refused write changes nothing', { timeout: 240_000 }, async () => {
    let tried = 0;
    const refused: string[] = [];
    for (const op of operations.filter((o) => o.bodySchema)) {
      // The valid body itself gets through validation (the fake consent token is a 404, a repeat a 409).
      await signedIn();
      const base = await send(op, realPath(op.path), (req) => req.send(valid[`${op.method} ${op.path}`]?.() ?? {}));
      const valid400 = NEEDS_THE_APP.has(op.path) && /^code: /.test(base.body.message); // well-formed, but not the app's code
      expect(base.status === 400 && !valid400, `${op.method} ${op.path} valid body → ${base.text.slice(0, 300)}`).toBe(false);
      const fields = Object.keys(schemas[op.bodySchema!]?.properties ?? {});
      for (const field of [...fields, 'unexpectedField']) {
        for (const value of HOSTILE_VALUES) {
          const before = await ready();
          const body = { ...valid[`${op.method} ${op.path}`]?.(), [field]: value };
          const res = await send(op, realPath(op.path), (req) => req.send(body));
          const where = `${op.method.toUpperCase()} ${op.path} {${field}: ${JSON.stringify(value)?.slice(0, 40)}}`;
          expectClientError(res, where);
          await expectNoTrace(op, res, before, where);
          if (res.status === 400) refused.push(where);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(300);
    expect(refused.length / tried).toBeGreaterThan(0.8); // most hostile values are refused as bad input, not merely survived
    expect(operations.filter((o) => o.bodySchema && !valid[`${o.method} ${o.path}`]).map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('answers bad sort, range and filter values on every list with a 400', { timeout: 120_000 }, async () => {
    const lists = operations.filter((o) => o.method === 'get' && !o.path.endsWith('}') && !o.path.startsWith('/api/docs'));
    expect(lists.length).toBeGreaterThan(8);
    for (const op of lists) {
      for (const query of HOSTILE_LISTS) {
        await signedIn();
        const res = await send(op, realPath(op.path), (req) => req.query(query));
        expectClientError(res, `GET ${op.path}?${JSON.stringify(query)}`);
      }
    }
  });
});
