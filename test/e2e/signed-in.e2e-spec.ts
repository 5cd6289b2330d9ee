import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

describe('GET /api/sessions (who is signed in now)', () => {
  it('answers 401 without a session and 403 to every role but admin', async () => {
    expect((await t.http().get('/api/sessions')).status).toBe(401);
    for (const role of ['support', 'developer', 'it_manager', 'smt'] as const) {
      expect((await t.http().get('/api/sessions').set((await t.make.staff([role])).auth)).status).toBe(403);
    }
  });

  it('lists every live session with its person, and not the ones ended or idle', async () => {
    const admin = await t.make.staff(['admin']);
    const dev = await t.make.staff(['developer']);
    const gone = await t.make.staff(['support']);
    await t.http().post('/api/auth/logout').set(gone.auth).expect(204);
    const res = await t.http().get('/api/sessions').query({ range: '[0,999]' }).set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toMatch(/^sessions /);
    const who = res.body.map((s: { staffId: string }) => s.staffId);
    expect(who).toEqual(expect.arrayContaining([admin.staff.id, dev.staff.id]));
    expect(who).not.toContain(gone.staff.id);
    expect(res.body.find((s: { staffId: string }) => s.staffId === dev.staff.id)).toMatchObject({ staffName: dev.staff.name, roles: ['developer'], lastSeenAt: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/token/i);
    t.clock.advance((t.config.sessionIdleMinutes + 1) * 60_000);
    const fresh = await t.make.staff(['admin']);
    const later = (await t.http().get('/api/sessions').query({ range: '[0,999]' }).set(fresh.auth)).body.map((s: { staffId: string }) => s.staffId);
    expect(later).not.toContain(dev.staff.id);
    expect((await t.http().get('/api/sessions').query({ filter: '{"nope":1}' }).set(fresh.auth)).status).toBe(400);
  });

  it('shows admins each person\'s last sign-in on the staff list, and nobody else', async () => {
    const admin = await t.make.staff(['admin']);
    const dev = await t.make.staff(['developer']);
    const list = await t.http().get('/api/staff').query({ filter: JSON.stringify({ id: [dev.staff.id] }) }).set(admin.auth);
    expect(list.body[0].lastSignInAt).toEqual(expect.any(String));
    const seen = await t.http().get('/api/staff').query({ filter: JSON.stringify({ id: [dev.staff.id] }) }).set((await t.make.staff(['support'])).auth);
    expect(seen.body[0].lastSignInAt).toBeUndefined();
  });
});
