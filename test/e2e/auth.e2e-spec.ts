import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, HOUR } from '../../server/src/common/clock.js';
import { PASSWORD, startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

describe('sign in', () => {
  it('returns a token, its expiry, the user and an httpOnly SameSite=Strict sid cookie', async () => {
    const { email } = await t.make.staff(['support']);
    const res = await t.http().post('/api/auth/login').send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token: expect.any(String), expiresAt: expect.any(String), user: { email, roles: ['support'] } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const { email } = await t.make.staff(['support']);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@staff.test', password: PASSWORD });
    const wrong = await t.http().post('/api/auth/login').send({ email, password: 'Wrong-Password-2026' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('refuses a malformed login body with 400', async () => {
    expect((await t.http().post('/api/auth/login').send({ email: 5 })).status).toBe(400);
    expect((await t.http().post('/api/auth/login').set('content-type', 'application/json').send('{"email":')).status).toBe(400);
  });

  it('locks the account after LOGIN_MAX_ATTEMPTS failures, then answers 423 even to the right password', async () => {
    const { email } = await t.make.staff(['support']);
    for (let i = 0; i < t.config.loginMaxAttempts; i++) {
      expect((await t.http().post('/api/auth/login').send({ email, password: 'Wrong-Password-2026' })).status).toBe(401);
    }
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(423);
  });

  it('unlocks by itself after LOCKOUT_MINUTES', async () => {
    const { email } = await t.make.staff(['support']);
    for (let i = 0; i < t.config.loginMaxAttempts; i++) await t.http().post('/api/auth/login').send({ email, password: 'Wrong-Password-2026' });
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(423);
    t.clock.advance(t.config.lockoutMinutes * MINUTE + 1000);
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(200);
  });

  it('lets an admin unlock an account sooner', async () => {
    const admin = await t.make.staff(['admin']);
    const { email, staff } = await t.make.staff(['support']);
    for (let i = 0; i < t.config.loginMaxAttempts; i++) await t.http().post('/api/auth/login').send({ email, password: 'Wrong-Password-2026' });
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(423);
    const unlock = await t.http().post(`/api/staff/${staff.id}/unlock`).set(admin.auth);
    expect(unlock.status).toBe(200);
    expect(unlock.body.lockedUntil).toBeNull();
    expect((await t.http().post('/api/auth/login').send({ email, password: PASSWORD })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('answers 401 without a session, and with a made-up token', async () => {
    expect((await t.http().get('/api/auth/me')).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set('Authorization', 'Bearer not-a-token')).status).toBe(401);
  });

  it('returns the user and packed CASL rules from /me', async () => {
    const { auth, staff } = await t.make.staff(['it_manager']);
    const res = await t.http().get('/api/auth/me').set(auth);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: staff.id, roles: ['it_manager'] });
    expect(Array.isArray(res.body.rules)).toBe(true);
    expect(res.body.rules.length).toBeGreaterThan(0);
  });

  it('ends a session left idle for SESSION_IDLE_MINUTES', async () => {
    const { auth } = await t.make.staff(['support']);
    t.clock.advance(t.config.sessionIdleMinutes * MINUTE - 1000);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
    t.clock.advance(t.config.sessionIdleMinutes * MINUTE + 1000);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(401);
  });

  it('ends a busy session at SESSION_MAX_HOURS all the same', async () => {
    const { auth } = await t.make.staff(['support']);
    const steps = Math.ceil((t.config.sessionMaxHours * HOUR) / (10 * MINUTE));
    for (let i = 0; i < steps - 1; i++) {
      t.clock.advance(10 * MINUTE);
      expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
    }
    t.clock.advance(10 * MINUTE + 1000);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(401);
  });

  it('signs out with 204, after which the token is dead', async () => {
    const { auth } = await t.make.staff(['support']);
    expect((await t.http().post('/api/auth/logout').set(auth)).status).toBe(204);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(401);
  });

  it('accepts the cookie, but refuses a cookie write without X-Requested-With', async () => {
    const { email } = await t.make.staff(['support']);
    const login = await t.http().post('/api/auth/login').send({ email, password: PASSWORD });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    expect((await t.http().get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    const body = { name: 'Cookie Nursery', kind: 'nursery' };
    expect((await t.http().post('/api/settings').set('Cookie', cookie).send(body)).status).toBe(403);
    expect((await t.http().post('/api/settings').set('Cookie', cookie).set('X-Requested-With', 'custodian').send(body)).status).toBe(201);
  });

  it('ends every session of a staff member an admin disables', async () => {
    const admin = await t.make.staff(['admin']);
    const { auth, staff } = await t.make.staff(['support']);
    const res = await t.http().put(`/api/staff/${staff.id}`).set(admin.auth).send({ active: false });
    expect(res.status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(401);
    expect((await t.http().post('/api/auth/login').send({ email: staff.email, password: PASSWORD })).status).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const { token, staff } = await t.make.staff(['support']);
    const rows = await t.db.query('SELECT token_hash FROM sessions WHERE staff_id = $1', [staff.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
  });
});
