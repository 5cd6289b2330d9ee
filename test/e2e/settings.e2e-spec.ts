import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

let t: TestApp;
let support: Awaited<ReturnType<TestApp['make']['staff']>>;
beforeAll(async () => {
  t = await startApp();
  support = await t.make.staff(['support']);
});
afterAll(async () => { await t.close(); });

const body = (extra: Record<string, unknown> = {}) => ({
  name: uniq('Little Owls Nursery'), kind: 'nursery', address: '1 High Street, Ely', postcode: 'CB7 4AA', icoNumber: 'ZA765432',
  dpoName: 'Dana Protection', dpoEmail: 'dpo@owls.test', contactEmail: 'office@owls.test', contactPhone: '01353 000000',
  subscriptionStatus: 'active', subscriptionEndsAt: '2027-08-31T00:00:00.000Z', consentPolicy: 'per_request', ...extra,
});

describe('POST /api/settings', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post('/api/settings').send(body())).status).toBe(401);
  });

  it('is refused to every role but support', async () => {
    for (const role of ['developer', 'it_manager', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post('/api/settings').set(auth).send(body())).status, role).toBe(403);
    }
  });

  it('creates a setting with its basic details and audits it', async () => {
    const res = await t.http().post('/api/settings').set(support.auth).send(body());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(String), kind: 'nursery', consentPolicy: 'per_request', createdAt: expect.any(String) });
    const events = await t.db.query("SELECT actor_id FROM audit_events WHERE action = 'setting.create' AND subject_id = $1", [res.body.id]);
    expect(events).toEqual([{ actor_id: support.staff.id }]);
  });

  it('refuses bad input with a 400 naming the fields, and writes nothing', async () => {
    const name = uniq('Bad Nursery');
    const cases: [Record<string, unknown>, string][] = [
      [body({ name, kind: 'castle' }), 'kind'],
      [body({ name, dpoEmail: 'not-an-email' }), 'dpoEmail'],
      [body({ name, subscriptionStatus: 'maybe' }), 'subscriptionStatus'],
      [body({ name, consentPolicy: 'never' }), 'consentPolicy'],
      [body({ name, subscriptionEndsAt: 'next tuesday' }), 'subscriptionEndsAt'],
      [body({ name, icoNumber: '!!' }), 'icoNumber'],
      [body({ name: 42 }), 'name'],
      [body({ name: '' }), 'name'],
      [body({ name, id: '00000000-0000-0000-0000-000000000000', owner: 'me' }), 'owner'],
      [{ kind: 'nursery' }, 'name'],
      [body({ name, consentPolicy: null }), 'consentPolicy'],
      [body({ name, subscriptionStatus: null }), 'subscriptionStatus'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.http().post('/api/settings').set(support.auth).send(payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field), field).toContain(field);
    }
    expect(await t.db.query('SELECT 1 FROM settings WHERE name = $1', [name])).toHaveLength(0);
  });

  it('refuses malformed JSON, a JSON array and an oversized body with 4xx, never 500', async () => {
    const malformed = await t.http().post('/api/settings').set(support.auth).set('content-type', 'application/json').send('{"name":');
    expect(malformed.status).toBe(400);
    expect((await t.http().post('/api/settings').set(support.auth).send([body()])).status).toBe(400);
    const huge = await t.http().post('/api/settings').set(support.auth).send(body({ address: 'x'.repeat(200_000) }));
    expect(huge.status).toBe(413);
  });
});

describe('GET /api/settings', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get('/api/settings')).status).toBe(401);
  });

  it('is open to every role, and lists with Content-Range', async () => {
    for (const role of ['support', 'developer', 'it_manager', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      const res = await t.http().get('/api/settings?range=[0,4]').set(auth);
      expect(res.status, role).toBe(200);
      expect(res.headers['content-range']).toMatch(/^settings (0-\d+|\*)\/\d+$/);
    }
  });

  it('sorts, pages, filters by field and searches with q', async () => {
    const tag = uniq('Zebra');
    const made = [];
    for (const [i, kind] of (['school', 'nursery', 'school'] as const).entries()) {
      made.push((await t.http().post('/api/settings').set(support.auth).send(body({ name: `${tag} ${i}`, kind }))).body);
    }
    const q = encodeURIComponent(JSON.stringify({ q: tag.toLowerCase(), kind: 'school' }));
    const res = await t.http().get(`/api/settings?filter=${q}&sort=["name","DESC"]&range=[0,0]`).set(support.auth);
    expect(res.status).toBe(200);
    expect(res.body.map((s: { name: string }) => s.name)).toEqual([`${tag} 2`]);
    expect(res.headers['content-range']).toBe('settings 0-0/2');
    const byIds = encodeURIComponent(JSON.stringify({ id: [made[0].id, made[1].id] }));
    const many = await t.http().get(`/api/settings?filter=${byIds}`).set(support.auth);
    expect(many.body.map((s: { id: string }) => s.id).sort()).toEqual([made[0].id, made[1].id].sort());
  });

  it('treats % and _ in q as text, not wildcards', async () => {
    const res = await t.http().get(`/api/settings?filter=${encodeURIComponent(JSON.stringify({ q: '%' }))}`).set(support.auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });

  it('refuses bad sort, range and filter values with 400', async () => {
    for (const query of [
      'sort=["password","ASC"]', 'sort=["name","SIDEWAYS"]', 'sort=name', 'sort={"a":1}',
      'range=[0,1000]', 'range=[5,2]', 'range=[-1,3]', 'range=[0]', 'range=nope',
      'filter=[1]', 'filter={"secret":1}', 'filter={"id":"not-a-uuid"}', 'filter={"q":5}', 'filter={oops',
    ]) {
      const res = await t.http().get(`/api/settings?${query.replace(/[[\]{}"%]/g, encodeURIComponent)}`).set(support.auth);
      expect(res.status, query).toBe(400);
      expect(res.body.message, query).toEqual(expect.any(String));
    }
  });

  it('allows a range of exactly 1,000 rows', async () => {
    expect((await t.http().get('/api/settings?range=[0,999]').set(support.auth)).status).toBe(200);
  });
});

describe('GET/PUT /api/settings/:id', () => {
  it('answers 401 without a session, and 404 for an unknown or malformed id', async () => {
    const s = await t.make.setting();
    expect((await t.http().get(`/api/settings/${s.id}`)).status).toBe(401);
    expect((await t.http().get('/api/settings/7d1b3b7e-0000-4000-8000-000000000000').set(support.auth)).status).toBe(404);
    expect((await t.http().get('/api/settings/not-a-uuid').set(support.auth)).status).toBe(404);
  });

  it('takes back the record it gave out, ignoring the read-only fields', async () => {
    const created = (await t.http().post('/api/settings').set(support.auth).send(body())).body;
    const res = await t.http().put(`/api/settings/${created.id}`).set(support.auth)
      .send({ ...created, postcode: 'CB2 2BB', createdAt: '1999-01-01T00:00:00.000Z' });
    expect(res.status).toBe(200);
    expect(res.body.postcode).toBe('CB2 2BB');
    expect(res.body.createdAt).toBe(created.createdAt);
  });

  it('is refused to roles that only read settings, and changes nothing', async () => {
    const s = await t.make.setting();
    for (const role of ['developer', 'it_manager', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().put(`/api/settings/${s.id}`).set(auth).send({ postcode: 'XX1 1XX' })).status, role).toBe(403);
    }
    expect((await t.http().get(`/api/settings/${s.id}`).set(support.auth)).body.postcode).toBe(s.postcode);
  });

  it('refuses null for a field that must have a value, naming it, and changes nothing', async () => {
    const s = await t.make.setting();
    for (const field of ['name', 'kind', 'subscriptionStatus', 'consentPolicy']) {
      const res = await t.http().put(`/api/settings/${s.id}`).set(support.auth).send({ [field]: null });
      expect(res.status, field).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    }
    expect((await t.http().put(`/api/settings/${s.id}`).set(support.auth).send({ postcode: null })).body.postcode).toBeNull();
    expect((await t.http().get(`/api/settings/${s.id}`).set(support.auth)).body.name).toBe(s.name);
  });

  it('refuses an unknown field on PUT and changes nothing', async () => {
    const s = await t.make.setting();
    const res = await t.http().put(`/api/settings/${s.id}`).set(support.auth).send({ postcode: 'XX1 1XX', children: [] });
    expect(res.status).toBe(400);
    expect((await t.http().get(`/api/settings/${s.id}`).set(support.auth)).body.postcode).toBe(s.postcode);
  });
});

describe('customer content', () => {
  it('is refused to every role without a grant — admin included — and each refusal is audited', async () => {
    const s = await t.make.setting();
    const content = await t.make.content(s.id, 1);
    for (const role of ['support', 'developer', 'it_manager', 'smt', 'admin'] as const) {
      const { auth, staff } = await t.make.staff([role]);
      for (const kind of ['children', 'observations', 'parents', 'media']) {
        expect((await t.http().get(`/api/settings/${s.id}/${kind}`).set(auth)).status, `${role} ${kind}`).toBe(403);
      }
      expect((await t.http().get(`/api/settings/${s.id}/children/${content.children[0]!.id}`).set(auth)).status).toBe(403);
      const refused = await t.db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'content.read_refused' AND actor_id = $1 AND setting_id = $2", [staff.id, s.id]);
      expect(refused[0].n).toBe(5);
    }
  });

  it('answers 404 for a kind of content that does not exist, and 401 without a session', async () => {
    const s = await t.make.setting();
    expect((await t.http().get(`/api/settings/${s.id}/passwords`).set(support.auth)).status).toBe(404);
    expect((await t.http().get(`/api/settings/${s.id}/children`)).status).toBe(401);
  });
});
