import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { loggablePath } from '../../server/src/common/redact.js';
import { PASSWORD, startApp, uniq, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

// Everything the request log writes, read back as an operator with access to the logs would.
const lines: string[] = [];
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp({ LOG_LEVEL: 'info', LOGIN_MAX_ATTEMPTS: '2' }, { logStream: { write: (line: string) => { lines.push(line); } } });
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

const log = () => lines.join('');

describe('someone reading the logs to answer for the DPO', () => {
  it('finds no consent token in the request log, however the path is spelled', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    const { token } = await kit.consentToken(request.id);
    await t.http().get(`/api/public/consent/${token}`).expect(200);
    await t.http().get(`/API/Public/Consent/${token}?x=1`);
    await t.http().post(`/api/public/consent/${token}`).send({ decision: 'refuse', name: 'Dana Protection' }).expect(200);
    expect(log()).toContain('/api/public/consent/[redacted]');
    expect(log()).not.toContain(token);
  });

  it('finds no setting-change or password-reset token either', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const support = await t.make.staff(['support']);
    await t.http().put(`/api/settings/${s.setting.id}`).set(support.auth).send({ consentPolicy: 'contract' }).expect(200);
    const change = await t.db.getRepository(OutboxMessage).findOneByOrFail({ settingId: s.setting.id, kind: 'setting.change_requested' });
    const changeToken = /setting-changes\/([A-Za-z0-9_-]+)/.exec(change.body)![1]!;
    await t.http().get(`/api/public/setting-changes/${changeToken}`).expect(200);
    await t.http().post(`/api/public/setting-changes/${changeToken}`).send({ decision: 'reject', name: 'Dana' }).expect(200);

    const admin = await t.make.staff(['admin']);
    await t.http().post(`/api/staff/${s.dev.staff.id}/password-reset`).set(admin.auth).expect(202);
    const reset = await t.db.getRepository(OutboxMessage).findOneByOrFail({ to: s.dev.email, kind: 'staff.password_reset' });
    const resetToken = /password-reset\/([A-Za-z0-9_-]+)/.exec(reset.body)![1]!;
    await t.http().post(`/api/public/password-reset/${resetToken}`).send({ password: 'weak' }).expect(400);
    await t.http().post(`/api/public/password-reset/${resetToken}`).send({ password: 'Lantern-Meadow-4821' }).expect(200);

    expect(log()).toContain('/api/public/setting-changes/[redacted]');
    expect(log()).toContain('/api/public/password-reset/[redacted]');
    for (const secret of [changeToken, resetToken]) expect(log()).not.toContain(secret);
  });

  it('finds no session token, from the header, the cookie or the login answer', async () => {
    const who = await t.make.staff(['support']);
    const res = await t.http().post('/api/auth/login').send({ email: who.email, password: PASSWORD });
    await t.http().get('/api/settings').set('Cookie', `sid=${res.body.token}`).expect(200);
    await t.http().get('/api/settings').set(who.auth).expect(200);
    expect(log()).not.toContain(res.body.token);
    expect(log()).not.toContain(who.token);
    expect(log()).not.toContain(PASSWORD);
  });

  it('redacts every single-use link route, and nothing else', () => {
    expect(loggablePath('/api/public/consent/abc?x=1')).toBe('/api/public/consent/[redacted]');
    expect(loggablePath('/api/public/exports/abc/x')).toBe('/api/public/exports/[redacted]/x');
    expect(loggablePath('/api/settings/123')).toBe('/api/settings/123');
    expect(loggablePath('/api/public/status')).toBe('/api/public/status');
  });
});

async function signInAudit(email: string) {
  const rows: { action: string; detail: Record<string, unknown> }[] = await t.db.query(
    "SELECT action, detail FROM audit_events WHERE action LIKE 'auth.%' AND (detail->>'email' = $1 OR subject_id::text IN (SELECT id::text FROM staff WHERE email = $1) OR actor_id::text IN (SELECT id::text FROM staff WHERE email = $1)) ORDER BY seq", [email]);
  return rows.map((r) => `${r.action}${r.detail.reason ? `:${r.detail.reason}` : ''}`);
}

describe('someone trying sign-ins that leave no trace', () => {
  it('is audited for a refused body, an unknown email, a wrong password, a lock and a locked account', async () => {
    const who = await t.make.staff(['support']);
    expect((await t.http().post('/api/auth/login').send({ email: who.email, password: ['x'] })).status).toBe(400);
    expect((await t.http().post('/api/auth/login').send({ email: who.email, password: PASSWORD, extra: 1 })).status).toBe(400);
    const before = Number((await t.db.query("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.login_refused' AND detail->>'reason' = 'bad_input'"))[0].n);
    expect((await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":')).status).toBe(400);
    await expect.poll(async () => Number((await t.db.query("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.login_refused' AND detail->>'reason' = 'bad_input'"))[0].n)).toBe(before + 1);
    const nobody = `${uniq('nobody')}@staff.test`;
    expect((await t.http().post('/api/auth/login').send({ email: nobody, password: PASSWORD })).status).toBe(401);
    expect((await t.http().post('/api/auth/login').send({ email: who.email, password: 'Wrong-Password-1234' })).status).toBe(401);
    expect((await t.http().post('/api/auth/login').send({ email: who.email, password: 'Wrong-Password-1234' })).status).toBe(401);
    expect((await t.http().post('/api/auth/login').send({ email: who.email, password: PASSWORD })).status).toBe(423);
    expect(await signInAudit(who.email)).toEqual([
      'auth.login', // the factory's own sign-in
      'auth.login_refused:bad_input', 'auth.login_refused:bad_input',
      'auth.login_failed:wrong_password', 'auth.login_failed:wrong_password', 'auth.locked', 'auth.login_refused:locked',
    ]);
    expect(await signInAudit(nobody)).toEqual(['auth.login_failed:unknown_email']);
  });

  it('is audited when the password is right but the two-factor code is still needed', async () => {
    const who = await t.make.staff(['support']);
    await t.db.query("UPDATE staff SET mfa_enabled = true, mfa_secret = 'JBSWY3DPEHPK3PXP' WHERE id = $1", [who.staff.id]);
    const res = await t.http().post('/api/auth/login').send({ email: who.email, password: PASSWORD });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('two_factor_required');
    expect(await signInAudit(who.email)).toContain('auth.two_factor_required:two_factor_required');
  });
});
