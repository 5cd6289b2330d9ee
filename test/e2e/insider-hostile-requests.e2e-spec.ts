import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startApp, uniq, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

// One proxy in front (TRUST_PROXY=1), and a small per-client budget for answers to single-use links.
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => { t = await startApp({ TRUST_PROXY: '1', LOGIN_ACCOUNT_RATE_PER_MINUTE: '3', LOGIN_RATE_PER_MINUTE: '1000' }); kit = accessKit(t); });
afterAll(async () => { await t.close(); });

const PROTOTYPE_NAMES = ['__proto__', ...Object.getOwnPropertyNames(Object.prototype)];

describe('an insider filtering lists on prototype names to break them', () => {
  it('gets 400 naming the field on every list, for every Object.prototype name', async () => {
    const docs = await t.http().get('/api/docs-json');
    const gets = Object.entries(docs.body.paths as Record<string, { get?: unknown }>)
      .filter(([path, ops]) => ops.get && (!path.endsWith('}') || path.endsWith('{kind}')) && !/^\/api\/(public|auth|health|docs)/.test(path))
      .map(([path]) => path);
    const g = await kit.grant({ scopes: ['children', 'observations', 'parents', 'media'] });
    await t.db.query('UPDATE staff SET roles = $2 WHERE id = $1', [g.dev.staff.id, ['developer', 'support', 'it_manager', 'smt', 'admin']]);
    const incident = await t.http().post('/api/incidents').set(g.dev.auth).send({ title: 'Lists under attack', description: 'Prototype names in filters' });
    const fill = (template: string) => template.replace('{settingId}', g.setting.id).replace('{kind}', 'children').replace('{id}', incident.body.id).replace('{audience}', 'customers');
    // Every list: whatever answers a plain GET with a JSON array.
    const lists: string[] = [];
    for (const template of gets) if (Array.isArray((await t.http().get(fill(template)).set(g.dev.auth)).body)) lists.push(template);
    expect(lists).toEqual(expect.arrayContaining(['/api/staff', '/api/settings', '/api/cases', '/api/access-requests', '/api/audit-events', '/api/outbox', '/api/settings/{settingId}/{kind}']));
    for (const template of lists) {
      const path = fill(template);
      for (const name of PROTOTYPE_NAMES) {
        const res = await t.http().get(path).query({ filter: `{"${name}":"x"}` }).set(g.dev.auth);
        expect(res.status, `${path} ${name} → ${res.status} ${res.text.slice(0, 100)}`).toBe(400);
      }
    }
  });
});

describe('an insider exhausting the consent link budget to block every DPO', () => {
  it('only throttles their own address and token: the real DPO answers from elsewhere', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    const { token } = await kit.consentToken(request.id);
    const attacker = { 'X-Forwarded-For': '203.0.113.66' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await t.http().post('/api/public/consent/bogus-token').set(attacker).send({ decision: 'grant', name: 'Mallory' })).status);
    }
    expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    const dpo = await t.http().post(`/api/public/consent/${token}`).set('X-Forwarded-For', '198.51.100.7').send({ decision: 'grant', name: 'Dana Protection' });
    expect(dpo.status, dpo.text).toBe(200);
    expect(dpo.body.status).toBe('active');
  });
});

describe('an insider forging X-Forwarded-For', () => {
  it('is recorded at the address the trusted proxy saw, not the one they wrote first', async () => {
    const who = await t.make.staff(['support']);
    await t.http().post('/api/auth/login').set('X-Forwarded-For', '10.6.6.6, 192.0.2.44').send({ email: who.email, password: PASSWORD }).expect(200);
    const [row] = await t.db.query("SELECT ip FROM audit_events WHERE actor_id = $1 AND action = 'auth.login' ORDER BY seq DESC LIMIT 1", [who.staff.id]);
    expect(row.ip).toBe('192.0.2.44');
  });

  it('cannot make the server trust any proxy: TRUST_PROXY=true stops start-up with one line', () => {
    for (const value of ['true', '0.0.0.0/0/1', 'everyone']) {
      const r = spawnSync('node', ['dist/server/src/main.js'], { encoding: 'utf8', env: { ...process.env, TRUST_PROXY: value, NODE_ENV: 'test' }, timeout: 30_000 });
      expect(r.status, value).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^configuration error: TRUST_PROXY /);
    }
  });
});
