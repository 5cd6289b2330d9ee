import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t?.close(); });

const range = (first: number, last: number) => `range=${encodeURIComponent(JSON.stringify([first, last]))}`;
const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;

// Lists read plain rows (no entity hydration); each row must be exactly what the single-record route returns.
describe('plain list rows match the records', () => {
  it('lists settings with every field, typed as GET /api/settings/:id gives them', async () => {
    const { auth } = await t.make.staff(['support']);
    const setting = await t.make.setting({ subscriptionEndsAt: new Date('2027-03-31T23:00:00.000Z'), icoNumber: 'ZA123456' });
    const list = await t.http().get(`/api/settings?${filter({ id: [setting.id] })}`).set(auth);
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toBe('settings 0-0/1');
    const one = await t.http().get(`/api/settings/${setting.id}`).set(auth);
    expect(list.body).toEqual([one.body]);
    expect(list.body[0].subscriptionEndsAt).toBe('2027-03-31T23:00:00.000Z');
  });

  it('pages and counts settings with a filter, the count ignoring the range', async () => {
    const { auth } = await t.make.staff(['support']);
    const postcode = `ZZ${Date.now() % 100000}`;
    for (let i = 0; i < 5; i++) await t.make.setting({ postcode });
    const res = await t.http().get(`/api/settings?${range(1, 2)}&${filter({ postcode })}`).set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.headers['content-range']).toBe('settings 1-2/5');
    expect(res.body.every((s: { postcode: string }) => s.postcode === postcode)).toBe(true);
  });

  it('answers an empty page past the end with the total still counted', async () => {
    const { auth } = await t.make.staff(['support']);
    const postcode = `ZY${Date.now() % 100000}`;
    await t.make.setting({ postcode });
    const res = await t.http().get(`/api/settings?${range(5, 9)}&${filter({ postcode })}`).set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(res.headers['content-range']).toBe('settings */1');
  });

  it('lists cases as GET /api/cases/:id gives them', async () => {
    const { auth } = await t.make.staff(['support']);
    const setting = await t.make.setting();
    const supportCase = await t.make.supportCase(setting.id);
    const list = await t.http().get(`/api/cases?${filter({ settingId: setting.id })}`).set(auth);
    const one = await t.http().get(`/api/cases/${supportCase.id}`).set(auth);
    expect(list.body).toEqual([one.body]);
  });

  it('lists a granted child as GET .../children/:id gives it, date of birth as a date', async () => {
    const kit = accessKit(t);
    const { dev, setting, content } = await kit.grant({ children: 1 });
    const child = content.children[0]!;
    const list = await t.http().get(`/api/settings/${setting.id}/children`).set(dev.auth);
    expect(list.status).toBe(200);
    const one = await t.http().get(`/api/settings/${setting.id}/children/${child.id}`).set(dev.auth);
    expect(list.body).toEqual([one.body]);
    expect(list.body[0].dateOfBirth).toBe('2022-03-14');
  });

  it('still refuses a list of settings without a session, and content without a grant', async () => {
    expect((await t.http().get('/api/settings')).status).toBe(401);
    const { auth } = await t.make.staff(['admin']);
    const setting = await t.make.setting();
    expect((await t.http().get(`/api/settings/${setting.id}/children`).set(auth)).status).toBe(403);
  });
});
