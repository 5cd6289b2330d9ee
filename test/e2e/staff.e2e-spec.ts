import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startApp, uniq, type TestApp } from '../helpers/app.js';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['make']['staff']>>;
beforeAll(async () => {
  t = await startApp();
  admin = await t.make.staff(['admin']);
});
afterAll(async () => { await t.close(); });

const newStaff = (extra: Record<string, unknown> = {}) => ({ email: `${uniq('new')}@staff.test`, name: 'Nia Newcomer', roles: ['support'], password: 'Velvet-Harbour-2031', ...extra });

describe('staff', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get('/api/staff')).status).toBe(401);
    expect((await t.http().post('/api/staff').send(newStaff())).status).toBe(401);
  });

  it('lets an admin create staff, and never returns the password hash', async () => {
    const res = await t.http().post('/api/staff').set(admin.auth).send(newStaff({ roles: ['developer', 'it_manager'] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ roles: ['developer', 'it_manager'], active: true, lockedUntil: null, mfaEnabled: false });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon/i);
  });

  it('refuses staff writes to every role but admin', async () => {
    const target = await t.make.staff(['support']);
    for (const role of ['support', 'developer', 'it_manager', 'smt'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post('/api/staff').set(auth).send(newStaff())).status, role).toBe(403);
      expect((await t.http().put(`/api/staff/${target.staff.id}`).set(auth).send({ roles: ['admin'] })).status, role).toBe(403);
      expect((await t.http().post(`/api/staff/${target.staff.id}/unlock`).set(auth)).status, role).toBe(403);
      expect((await t.http().get(`/api/staff/${target.staff.id}/sessions`).set(auth)).status, role).toBe(403);
      expect((await t.http().delete(`/api/staff/${target.staff.id}/sessions`).set(auth)).status, role).toBe(403);
    }
  });

  it('shows colleagues only names and roles, and admins the whole record', async () => {
    const { auth } = await t.make.staff(['developer']);
    const seen = await t.http().get(`/api/staff/${admin.staff.id}`).set(auth);
    expect(Object.keys(seen.body).sort()).toEqual(['active', 'id', 'name', 'roles']);
    const full = await t.http().get(`/api/staff/${admin.staff.id}`).set(admin.auth);
    expect(full.body).toHaveProperty('email');
  });

  it('refuses weak and common passwords with 400', async () => {
    for (const password of ['short1A', 'alllowercase123', 'ALLUPPERCASE123', 'NoDigitsInThisOne', 'Password1234', 'Qwerty123456', 'x'.repeat(120) + 'Aa1' + 'y'.repeat(10)]) {
      const res = await t.http().post('/api/staff').set(admin.auth).send(newStaff({ password }));
      expect(res.status, password).toBe(400);
    }
  });

  it('refuses unknown roles, unknown fields and a duplicate email', async () => {
    expect((await t.http().post('/api/staff').set(admin.auth).send(newStaff({ roles: ['superuser'] }))).status).toBe(400);
    expect((await t.http().post('/api/staff').set(admin.auth).send(newStaff({ lockedUntil: null }))).status).toBe(400);
    const first = newStaff();
    expect((await t.http().post('/api/staff').set(admin.auth).send(first)).status).toBe(201);
    expect((await t.http().post('/api/staff').set(admin.auth).send({ ...first, email: first.email.toUpperCase() })).status).toBe(409);
  });

  it('refuses null for name, email, roles, active and password', async () => {
    const { staff } = await t.make.staff(['support']);
    for (const field of ['name', 'email', 'roles', 'active', 'password']) {
      const res = await t.http().put(`/api/staff/${staff.id}`).set(admin.auth).send({ [field]: null });
      expect(res.status, field).toBe(400);
    }
  });

  it('changes roles, and takes back the record it gave out', async () => {
    const { staff } = await t.make.staff(['support']);
    const current = (await t.http().get(`/api/staff/${staff.id}`).set(admin.auth)).body;
    const res = await t.http().put(`/api/staff/${staff.id}`).set(admin.auth).send({ ...current, roles: ['support', 'smt'] });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual(['support', 'smt']);
  });

  it('refuses an admin disabling themselves or dropping their own admin role', async () => {
    expect((await t.http().put(`/api/staff/${admin.staff.id}`).set(admin.auth).send({ active: false })).status).toBe(409);
    expect((await t.http().put(`/api/staff/${admin.staff.id}`).set(admin.auth).send({ roles: ['support'] })).status).toBe(409);
  });

  it('lists who is signed in now and ends their sessions', async () => {
    const { staff, auth } = await t.make.staff(['support']);
    const live = await t.http().get(`/api/staff/${staff.id}/sessions`).set(admin.auth);
    expect(live.status).toBe(200);
    expect(live.body).toHaveLength(1);
    expect(JSON.stringify(live.body)).not.toMatch(/token/i);
    expect((await t.http().delete(`/api/staff/${staff.id}/sessions`).set(admin.auth)).status).toBe(204);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(401);
    expect((await t.http().get(`/api/staff/${staff.id}/sessions`).set(admin.auth)).body).toHaveLength(0);
  });

  it('ends one session and leaves the others', async () => {
    const { staff, auth, email } = await t.make.staff(['support']);
    const second = await t.http().post('/api/auth/login').send({ email, password: PASSWORD });
    const sessions = (await t.http().get(`/api/staff/${staff.id}/sessions`).set(admin.auth)).body;
    expect(sessions).toHaveLength(2);
    const newest = sessions[0].id;
    expect((await t.http().delete(`/api/staff/${staff.id}/sessions/${newest}`).set(admin.auth)).status).toBe(204);
    const stillLive = await Promise.all([auth, { Authorization: `Bearer ${second.body.token}` }].map((h) => t.http().get('/api/auth/me').set(h)));
    expect(stillLive.map((r) => r.status).sort()).toEqual([200, 401]);
    expect((await t.http().delete(`/api/staff/${admin.staff.id}/sessions/${newest}`).set(admin.auth)).status).toBe(404);
  });

  it('filters staff by role', async () => {
    await t.make.staff(['smt']);
    const res = await t.http().get(`/api/staff?filter=${encodeURIComponent(JSON.stringify({ roles: 'smt' }))}&range=[0,999]`).set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((s: { roles: string[] }) => s.roles.includes('smt'))).toBe(true);
  });
});
