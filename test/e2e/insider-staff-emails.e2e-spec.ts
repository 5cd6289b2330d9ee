import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { declare } from './incident-fixtures.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

/** A colleague whose email address is the only thing that gives them away. */
async function target() {
  const marker = uniq('secretmailbox').toLowerCase();
  const who = await t.make.staff(['smt'], { email: `${marker}@staff.test`, name: `Sam ${uniq('Senior')}` });
  return { ...who, marker };
}

describe('a non-admin harvesting colleagues\' email addresses', () => {
  it('sees no email in the staff list or a staff record', async () => {
    const victim = await target();
    for (const role of ['support', 'developer', 'it_manager', 'smt'] as const) {
      const who = await t.make.staff([role]);
      const list = await t.http().get('/api/staff').query({ range: '[0,999]' }).set(who.auth);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain(victim.marker);
      expect(list.body.every((s: Record<string, unknown>) => !('email' in s))).toBe(true);
      const one = await t.http().get(`/api/staff/${victim.staff.id}`).set(who.auth);
      expect(one.body).not.toHaveProperty('email');
    }
  });

  it('cannot find anyone by searching for their email with q, nor filter or sort by it (400)', async () => {
    const victim = await target();
    const nosy = await t.make.staff(['support']);
    const search = await t.http().get('/api/staff').query({ filter: JSON.stringify({ q: victim.marker }) }).set(nosy.auth);
    expect(search.status).toBe(200);
    expect(search.body).toEqual([]);
    expect(search.headers['content-range']).toMatch(/\/0$/);
    const byName = await t.http().get('/api/staff').query({ filter: JSON.stringify({ q: victim.staff.name }) }).set(nosy.auth);
    expect(byName.body.map((s: { id: string }) => s.id)).toEqual([victim.staff.id]);
    expect((await t.http().get('/api/staff').query({ filter: JSON.stringify({ email: victim.email }) }).set(nosy.auth)).status).toBe(400);
    expect((await t.http().get('/api/staff').query({ sort: '["email","ASC"]' }).set(nosy.auth)).status).toBe(400);
  });

  it('sees no staff email in the incident\'s internal recipients preview', async () => {
    const victim = await target();
    for (const role of ['support', 'it_manager', 'smt'] as const) {
      const who = await t.make.staff([role]);
      const incident = await declare(t, (await t.make.staff(['support'])).auth);
      const res = await t.http().get(`/api/incidents/${incident.id}/recipients/internal`).set(who.auth);
      expect(res.status, res.text).toBe(200);
      expect(res.body.count).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toContain('@staff.test');
      expect(res.body.recipients.some((r: { name: string }) => r.name === victim.staff.name)).toBe(true);
    }
  });

  it('leaves admins, whose work it is, able to see and search by email', async () => {
    const victim = await target();
    const admin = await t.make.staff(['admin']);
    const search = await t.http().get('/api/staff').query({ filter: JSON.stringify({ q: victim.marker }) }).set(admin.auth);
    expect(search.body.map((s: { email: string }) => s.email)).toEqual([victim.email]);
  });
});
