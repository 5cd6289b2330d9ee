import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage, WITHHELD_BODY } from '../../server/src/mail/outbox.entity.js';
import { PASSWORD, startApp, uniq, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => { t = await startApp({ PASSWORD_RESET_MINUTES: '20' }); kit = accessKit(t); });
afterAll(async () => { await t.close(); });

const NEW_PASSWORD = 'Lantern-Meadow-4821';
const login = (email: string, password = PASSWORD) => t.http().post('/api/auth/login').send({ email, password });

/** The reset link's token from the last email to this address. */
async function resetToken(to: string) {
  const mails = await t.db.getRepository(OutboxMessage).find({ where: { to, kind: 'staff.password_reset' }, order: { createdAt: 'DESC' } });
  const token = /\/#\/password-reset\/([A-Za-z0-9_-]+)/.exec(mails[0]?.body ?? '')?.[1];
  expect(token, 'a reset email').toBeDefined();
  return token!;
}

const grantStatus = async (id: string) => ((await t.db.query('SELECT status, end_reason FROM access_requests WHERE id = $1', [id])) as { status: string; end_reason: string }[])[0];

describe('an admin setting a developer\'s password to sign in as them', () => {
  it('refuses a password on PUT /api/staff/:id with 400, and the old password still signs in', async () => {
    const g = await kit.grant();
    const admin = await t.make.staff(['admin']);
    const res = await t.http().put(`/api/staff/${g.dev.staff.id}`).set(admin.auth).send({ password: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.text).toContain('password');
    expect((await login(g.dev.email, NEW_PASSWORD)).status).toBe(401);
    expect((await login(g.dev.email)).status).toBe(200);
    expect((await grantStatus(g.request.id))!.status).toBe('active');
  });

  it('refuses the same password slipped in beside an ordinary change, and applies neither', async () => {
    const dev = await t.make.staff(['developer']);
    const admin = await t.make.staff(['admin']);
    const res = await t.http().put(`/api/staff/${dev.staff.id}`).set(admin.auth).send({ name: 'Renamed', password: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect((await t.http().get(`/api/staff/${dev.staff.id}`).set(admin.auth)).body.name).not.toBe('Renamed');
  });
});

describe('a password reset sent by an admin', () => {
  it('answers 401 without a session and 403 for every role but admin', async () => {
    const dev = await t.make.staff(['developer']);
    expect((await t.http().post(`/api/staff/${dev.staff.id}/password-reset`)).status).toBe(401);
    for (const role of ['support', 'developer', 'it_manager', 'smt'] as const) {
      const who = await t.make.staff([role]);
      expect((await t.http().post(`/api/staff/${dev.staff.id}/password-reset`).set(who.auth)).status).toBe(403);
    }
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: dev.email })).toBe(0);
  });

  it('is 202, emails the person a link the admin cannot read, and ends their sessions and live grant at once', async () => {
    const g = await kit.grant();
    const admin = await t.make.staff(['admin']);
    expect((await t.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth)).status).toBe(200);
    const res = await t.http().post(`/api/staff/${g.dev.staff.id}/password-reset`).set(admin.auth);
    expect(res.status, res.text).toBe(202);
    expect(JSON.stringify(res.body)).not.toMatch(/password-reset\//);
    expect((await t.http().get('/api/auth/me').set(g.dev.auth)).status).toBe(401);
    expect(await grantStatus(g.request.id)).toEqual({ status: 'ended', end_reason: 'credentials_reset' });
    const shown = await t.http().get(`/api/access-requests/${g.request.id}`).set(g.it.auth);
    expect(shown.body.status).toBe('ended');
    // The link is in the person's email only: the outbox withholds it from staff, the admin included.
    const outbox = await t.http().get('/api/outbox').query({ filter: JSON.stringify({ to: g.dev.email }) }).set(admin.auth);
    expect(JSON.stringify(outbox.body)).not.toContain('/#/password-reset/');
    expect(JSON.stringify(outbox.body)).toContain(WITHHELD_BODY);
    // Signing in again gives no content: the grant is over.
    const again = await kit.signIn(g.dev);
    expect((await t.http().get(`/api/settings/${g.setting.id}/children`).set(again.auth)).status).toBe(403);
  });

  it('sets the password once through the link, ends sessions again, and refuses the link a second time with 409', async () => {
    const dev = await t.make.staff(['developer']);
    const admin = await t.make.staff(['admin']);
    await t.http().post(`/api/staff/${dev.staff.id}/password-reset`).set(admin.auth).expect(202);
    const token = await resetToken(dev.email);
    const other = await kit.signIn({ ...dev });
    const weak = await t.http().post(`/api/public/password-reset/${token}`).send({ password: 'password1234' });
    expect(weak.status).toBe(400);
    const set = await t.http().post(`/api/public/password-reset/${token}`).send({ password: NEW_PASSWORD });
    expect(set.status, set.text).toBe(200);
    expect((await t.http().get('/api/auth/me').set(other.auth)).status).toBe(401);
    expect((await login(dev.email)).status).toBe(401);
    expect((await login(dev.email, NEW_PASSWORD)).status).toBe(200);
    const replay = await t.http().post(`/api/public/password-reset/${token}`).send({ password: 'Another-Garden-7719' });
    expect(replay.status).toBe(409);
    expect((await login(dev.email, 'Another-Garden-7719')).status).toBe(401);
  });

  it('lapses after PASSWORD_RESET_MINUTES: 409 and the password unchanged', async () => {
    const dev = await t.make.staff(['developer']);
    const admin = await t.make.staff(['admin']);
    await t.http().post(`/api/staff/${dev.staff.id}/password-reset`).set(admin.auth).expect(202);
    const token = await resetToken(dev.email);
    t.clock.advance(21 * 60_000);
    expect((await t.http().post(`/api/public/password-reset/${token}`).send({ password: NEW_PASSWORD })).status).toBe(409);
    expect((await login(dev.email)).status).toBe(200);
  });

  it('refuses a guessed token with 404 and changes nothing', async () => {
    const dev = await t.make.staff(['developer']);
    for (const token of ['guess', 'A'.repeat(43), 'x'.repeat(400)]) {
      expect((await t.http().post(`/api/public/password-reset/${token}`).send({ password: NEW_PASSWORD })).status).toBe(404);
    }
    expect((await login(dev.email)).status).toBe(200);
  });
});

describe('the self-service reset', () => {
  it('answers 202 whatever the email, and sends a link only to a real account', async () => {
    const dev = await t.make.staff(['developer']);
    const nobody = `${uniq('nobody')}@staff.test`;
    const real = await t.http().post('/api/public/password-reset').send({ email: dev.email.toUpperCase() });
    const fake = await t.http().post('/api/public/password-reset').send({ email: nobody });
    expect(real.status).toBe(202);
    expect(fake.status).toBe(202);
    expect(fake.body).toEqual(real.body);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: nobody })).toBe(0);
    await resetToken(dev.email);
    expect((await t.http().get('/api/auth/me').set(dev.auth)).status).toBe(401);
  });

  it('refuses a body that is not an email with 400', async () => {
    for (const body of [{}, { email: ['a@b.c'] }, { email: 'a@b.c', password: NEW_PASSWORD }]) {
      expect((await t.http().post('/api/public/password-reset').send(body)).status).toBe(400);
    }
  });
});

describe('an admin resetting a developer\'s two-factor sign-in', () => {
  it('ends their sessions and live grant at once', async () => {
    const g = await kit.grant();
    const admin = await t.make.staff(['admin']);
    const setup = await t.http().post('/api/auth/two-factor/setup').set(g.dev.auth);
    const code = await generate({ secret: setup.body.secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect((await t.http().post('/api/auth/two-factor/enable').set(g.dev.auth).send({ code })).status).toBe(200);
    const res = await t.http().post(`/api/staff/${g.dev.staff.id}/two-factor/reset`).set(admin.auth);
    expect(res.status, res.text).toBe(200);
    expect((await t.http().get('/api/auth/me').set(g.dev.auth)).status).toBe(401);
    expect((await grantStatus(g.request.id))!.status).toBe('ended');
  });
});
