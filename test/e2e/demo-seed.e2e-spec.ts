import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF, DemoModule, DemoSeeder } from '../../server/src/cli/demo-seed.js';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
// The demo is composed in as the start script does outside production; the application module never holds it.
beforeAll(async () => { t = await startApp({}, { modules: [DemoModule] }); });
afterAll(async () => { await t.close(); });

const login = async (email: string, password: string) => {
  const res = await t.http().post('/api/auth/login').send({ email, password });
  expect(res.status, email).toBe(200);
  return { Authorization: `Bearer ${res.body.token}` };
};

describe('the demo data', () => {
  it('gives every role a login, UK settings with content in some, a critical on day 2 and a request awaiting approval', async () => {
    const first = await t.app.get(DemoSeeder).seed({ quiet: true });
    expect(first.settings).toBe(24);
    expect(first.staff).toEqual(DEMO_STAFF.map((s) => s.email));

    const [support, developer, it_, smt] = await Promise.all(DEMO_STAFF.slice(0, 4).map((s) => login(s.email, s.password)));
    const settings = await t.http().get('/api/settings').query({ range: '[0,99]', sort: '["name","ASC"]' }).set(support!);
    expect(settings.headers['content-range']).toBe('settings 0-23/24');
    expect(settings.body.map((s: { postcode: string }) => s.postcode)).toContain('CB1 2AB');
    const withContent = settings.body.find((s: { name: string }) => s.name === 'Little Acorns Day Nursery');
    expect((await t.http().get(`/api/settings/${withContent.id}/children`).set(support!)).status).toBe(403);

    const incidents = await t.http().get('/api/incidents').set(smt!);
    expect(incidents.body).toHaveLength(1);
    expect(incidents.body[0]).toMatchObject({ status: 'active', day: 2, cadenceMinutes: 180, affectedSettingsCount: 3, functionalityRemoved: true });
    expect((await t.http().get('/api/public/status')).body).toEqual([{ message: expect.stringContaining('tablet app'), since: expect.any(String) }]);
    const tasks = (await t.http().get(`/api/incidents/${incidents.body[0].id}/tasks`).query({ key: 'telephone_update' }).set(support!)).body;
    expect(tasks).toHaveLength(3);

    const requests = await t.http().get('/api/access-requests').set(it_!);
    expect(requests.body).toEqual([expect.objectContaining({ status: 'pending', settingId: withContent.id })]);
    expect((await t.http().get(`/api/settings/${withContent.id}/observations`).set(developer!)).status).toBe(403);
  });

  it('adds nothing when run again', async () => {
    const again = await t.app.get(DemoSeeder).seed({ quiet: true });
    expect(again).toEqual({ settings: 0, staff: [] });
    const smt = await login(DEMO_STAFF[3]!.email, DEMO_STAFF[3]!.password);
    expect((await t.http().get('/api/incidents').set(smt)).headers['content-range']).toMatch(/\/1$/);
  });

  it('is no part of the application module: an application not composed with it has no demo seeder', async () => {
    const plain = await startApp();
    try {
      expect(() => plain.app.get(DemoSeeder)).toThrow();
    } finally {
      await plain.close();
    }
  });
});
