import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
let support: Awaited<ReturnType<TestApp['make']['staff']>>;
beforeAll(async () => {
  t = await startApp();
  support = await t.make.staff(['support']);
});
afterAll(async () => { await t.close(); });

describe('cases', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get('/api/cases')).status).toBe(401);
    expect((await t.http().post('/api/cases').send({})).status).toBe(401);
  });

  it('lets support log a case for a setting, and refuses every other role', async () => {
    const s = await t.make.setting();
    const res = await t.http().post('/api/cases').set(support.auth).send({ settingId: s.id, title: 'Cannot print invoices' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ settingId: s.id, status: 'open', openedById: support.staff.id, description: '' });
    for (const role of ['developer', 'it_manager', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post('/api/cases').set(auth).send({ settingId: s.id, title: 'x' })).status, role).toBe(403);
      expect((await t.http().put(`/api/cases/${res.body.id}`).set(auth).send({ title: 'y' })).status, role).toBe(403);
      expect((await t.http().get(`/api/cases/${res.body.id}`).set(auth)).status, role).toBe(200);
    }
  });

  it('refuses a case for a setting that does not exist, and bad fields', async () => {
    expect((await t.http().post('/api/cases').set(support.auth).send({ settingId: '7d1b3b7e-0000-4000-8000-000000000000', title: 'x' })).status).toBe(400);
    expect((await t.http().post('/api/cases').set(support.auth).send({ settingId: 'nope', title: 'x' })).status).toBe(400);
    const s = await t.make.setting();
    expect((await t.http().post('/api/cases').set(support.auth).send({ settingId: s.id, title: 'x', status: 'closed' })).status).toBe(400);
    expect((await t.http().post('/api/cases').set(support.auth).send({ settingId: s.id, title: 'x', incidentId: s.id })).status).toBe(400);
  });

  it('stamps resolvedAt on resolution and clears it on reopening', async () => {
    const s = await t.make.setting();
    const c = await t.make.supportCase(s.id);
    const resolved = await t.http().put(`/api/cases/${c.id}`).set(support.auth).send({ status: 'resolved' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolvedAt).toBe(t.clock.now().toISOString());
    const reopened = await t.http().put(`/api/cases/${c.id}`).set(support.auth).send({ ...resolved.body, status: 'open' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.resolvedAt).toBeNull();
  });

  it('refuses null for title, description and status', async () => {
    const c = await t.make.supportCase((await t.make.setting()).id);
    for (const field of ['title', 'description', 'status']) {
      expect((await t.http().put(`/api/cases/${c.id}`).set(support.auth).send({ [field]: null })).status, field).toBe(400);
    }
  });

  it('never moves a case to another setting', async () => {
    const [a, b] = [await t.make.setting(), await t.make.setting()];
    const c = await t.make.supportCase(a.id);
    expect((await t.http().put(`/api/cases/${c.id}`).set(support.auth).send({ settingId: b.id })).status).toBe(400);
    expect((await t.http().get(`/api/cases/${c.id}`).set(support.auth)).body.settingId).toBe(a.id);
  });

  it('filters by setting and status', async () => {
    const s = await t.make.setting();
    await t.make.supportCase(s.id);
    await t.make.supportCase(s.id, { status: 'resolved' });
    const q = encodeURIComponent(JSON.stringify({ settingId: s.id, status: 'open' }));
    const res = await t.http().get(`/api/cases?filter=${q}`).set(support.auth);
    expect(res.body).toHaveLength(1);
    expect(res.headers['content-range']).toBe('cases 0-0/1');
  });
});
