import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

type Staff = Awaited<ReturnType<TestApp['make']['staff']>>;

/** The code an authenticator app holding this secret shows at the server's time, `offsetSeconds` from now. */
const codeFor = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) + offsetSeconds });

/** Moves the clock into the next 30-second step, as a person waiting for a fresh code does. */
const nextStep = () => t.clock.advance(30_000);

async function enrolled(roles: Parameters<TestApp['make']['staff']>[0] = ['support']): Promise<Staff & { secret: string }> {
  const who = await t.make.staff(roles);
  const setup = await t.http().post('/api/auth/two-factor/setup').set(who.auth);
  expect(setup.status, setup.text).toBe(200);
  const enable = await t.http().post('/api/auth/two-factor/enable').set(who.auth).send({ code: await codeFor(setup.body.secret) });
  expect(enable.status, enable.text).toBe(200);
  nextStep();
  return { ...who, secret: setup.body.secret };
}

const login = (email: string, code?: string) => t.http().post('/api/auth/login').send({ email, password: PASSWORD, ...(code !== undefined ? { code } : {}) });

async function auditActions(staffId: string): Promise<string[]> {
  const rows: { action: string }[] = await t.db.query('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq', [staffId]);
  return rows.map((r) => r.action);
}

describe('setting up two-factor sign-in', () => {
  it('answers 401 without a session on every two-factor route', async () => {
    for (const path of ['setup', 'enable', 'disable']) {
      expect((await t.http().post(`/api/auth/two-factor/${path}`).send({ code: '123456' })).status).toBe(401);
    }
  });

  it('gives a secret, an otpauth link naming Custodian and the email, and a QR code, without turning anything on yet', async () => {
    const who = await t.make.staff(['developer']);
    const res = await t.http().post('/api/auth/two-factor/setup').set(who.auth);
    expect(res.status).toBe(200);
    expect(res.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(res.body.otpauthUrl).toBe(`otpauth://totp/Custodian:${encodeURIComponent(who.email)}?secret=${res.body.secret}&issuer=Custodian`);
    expect(res.body.qrCode).toMatch(/^data:image\/png;base64,/);
    expect((await t.http().get('/api/auth/me').set(who.auth)).body.user.mfaEnabled).toBe(false);
    expect((await login(who.email)).status).toBe(200);
  });

  it('refuses a wrong or malformed first code, and stays off', async () => {
    const who = await t.make.staff(['support']);
    const { body } = await t.http().post('/api/auth/two-factor/setup').set(who.auth);
    const wrong = await t.http().post('/api/auth/two-factor/enable').set(who.auth).send({ code: await codeFor(body.secret, 600) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/^code: /);
    for (const code of ['12345', '1234567', 'abcdef', 123456, null]) {
      const res = await t.http().post('/api/auth/two-factor/enable').set(who.auth).send({ code });
      expect(res.status, JSON.stringify(code)).toBe(400);
      expect(res.body.errors[0].field).toBe('code');
    }
    expect((await t.http().get('/api/auth/me').set(who.auth)).body.user.mfaEnabled).toBe(false);
  });

  it('refuses to turn on without a set-up first, and to set up again while on (409)', async () => {
    const fresh = await t.make.staff(['support']);
    expect((await t.http().post('/api/auth/two-factor/enable').set(fresh.auth).send({ code: '123456' })).status).toBe(409);
    const on = await enrolled();
    expect((await t.http().post('/api/auth/two-factor/setup').set(on.auth)).status).toBe(409);
    expect((await t.http().post('/api/auth/two-factor/enable').set(on.auth).send({ code: await codeFor(on.secret) })).status).toBe(409);
  });

  it('turns on with the current code, shows it to admins, and audits set-up and switch-on', async () => {
    const admin = await t.make.staff(['admin']);
    const on = await enrolled(['it_manager']);
    expect((await t.http().get('/api/auth/me').set(on.auth)).body.user.mfaEnabled).toBe(true);
    expect((await t.http().get(`/api/staff/${on.staff.id}`).set(admin.auth)).body.mfaEnabled).toBe(true);
    expect(await auditActions(on.staff.id)).toEqual(expect.arrayContaining(['auth.two_factor_setup', 'auth.two_factor_enabled']));
  });

  it('never shows the secret again, to the person or to an admin', async () => {
    const admin = await t.make.staff(['admin']);
    const on = await enrolled();
    for (const body of [(await t.http().get('/api/auth/me').set(on.auth)).body, (await t.http().get(`/api/staff/${on.staff.id}`).set(admin.auth)).body]) {
      expect(JSON.stringify(body)).not.toContain(on.secret);
    }
  });
});

describe('signing in with two-factor sign-in on', () => {
  it('asks for the code after the right password (401 two_factor_required), and starts no session', async () => {
    const on = await enrolled();
    const before = (await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE staff_id = $1', [on.staff.id]))[0].n;
    const res = await login(on.email);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('two_factor_required');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE staff_id = $1', [on.staff.id]))[0].n).toBe(before);
  });

  it('never asks for a code before the password is right: a wrong password is the usual 401', async () => {
    const on = await enrolled();
    const res = await t.http().post('/api/auth/login').send({ email: on.email, password: 'Wrong-Password-2026', code: await codeFor(on.secret) });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('email or password is wrong');
  });

  it('signs in with the password and the current code', async () => {
    const on = await enrolled();
    const res = await login(on.email, await codeFor(on.secret));
    expect(res.status, res.text).toBe(200);
    expect(res.body.user.mfaEnabled).toBe(true);
    expect((await t.http().get('/api/auth/me').set({ Authorization: `Bearer ${res.body.token}` })).status).toBe(200);
  });

  it('accepts a code from one step either side (a phone clock a little off), not further', async () => {
    const on = await enrolled();
    nextStep(); nextStep(); // past the step the first code used
    expect((await login(on.email, await codeFor(on.secret, -30))).status).toBe(200);
    nextStep(); nextStep();
    expect((await login(on.email, await codeFor(on.secret, 30))).status).toBe(200);
    expect((await login(on.email, await codeFor(on.secret, 120))).status).toBe(401);
  });

  it('accepts each code once: the same code again is refused, even from another device', async () => {
    const on = await enrolled();
    const code = await codeFor(on.secret);
    expect((await login(on.email, code)).status).toBe(200);
    const replay = await login(on.email, code);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('two_factor_wrong');
  });

  it('counts wrong codes toward the lockout, like wrong passwords', async () => {
    const on = await enrolled();
    for (let i = 0; i < t.config.loginMaxAttempts; i++) {
      expect((await login(on.email, await codeFor(on.secret, 3600))).status).toBe(401);
    }
    expect((await login(on.email, await codeFor(on.secret))).status).toBe(423);
    const reasons: { reason: string }[] = await t.db.query(
      `SELECT detail->>'reason' AS reason FROM audit_events WHERE subject_id = $1 AND action = 'auth.login_failed'`, [on.staff.id]);
    expect(reasons.map((r) => r.reason)).toEqual(Array(t.config.loginMaxAttempts).fill('wrong_code'));
  });
});

describe('turning two-factor sign-in off', () => {
  it('needs a current code, not only the session', async () => {
    const on = await enrolled();
    expect((await t.http().post('/api/auth/two-factor/disable').set(on.auth).send({ code: await codeFor(on.secret, 3600) })).status).toBe(400);
    expect((await t.http().get('/api/auth/me').set(on.auth)).body.user.mfaEnabled).toBe(true);
    const off = await t.http().post('/api/auth/two-factor/disable').set(on.auth).send({ code: await codeFor(on.secret) });
    expect(off.status, off.text).toBe(200);
    expect(off.body.user.mfaEnabled).toBe(false);
    expect((await login(on.email)).status).toBe(200);
    expect(await auditActions(on.staff.id)).toContain('auth.two_factor_disabled');
    expect((await t.http().post('/api/auth/two-factor/disable').set(on.auth).send({ code: await codeFor(on.secret) })).status).toBe(409);
  });

  it('lets an admin reset it for someone who lost their phone, audited; nobody else may', async () => {
    const admin = await t.make.staff(['admin']);
    const on = await enrolled();
    for (const role of ['support', 'developer', 'it_manager', 'smt'] as const) {
      const other = await t.make.staff([role]);
      expect((await t.http().post(`/api/staff/${on.staff.id}/two-factor/reset`).set(other.auth)).status, role).toBe(403);
    }
    expect((await login(on.email)).status).toBe(401);
    const reset = await t.http().post(`/api/staff/${on.staff.id}/two-factor/reset`).set(admin.auth);
    expect(reset.status, reset.text).toBe(200);
    expect(reset.body.mfaEnabled).toBe(false);
    expect((await login(on.email)).status).toBe(200);
    expect(await auditActions(on.staff.id)).toContain('staff.two_factor_reset');
    expect((await t.http().post(`/api/staff/${on.staff.id}/two-factor/reset`).set(admin.auth)).status).toBe(409);
  });

  it('refuses an admin resetting their own: a stolen session alone must not take the second factor away', async () => {
    const admin = await enrolled(['admin']);
    const res = await t.http().post(`/api/staff/${admin.staff.id}/two-factor/reset`).set(admin.auth);
    expect(res.status).toBe(409);
    expect((await t.http().get('/api/auth/me').set(admin.auth)).body.user.mfaEnabled).toBe(true);
  });
});
