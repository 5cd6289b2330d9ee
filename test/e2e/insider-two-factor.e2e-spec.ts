import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretsBox } from '../../server/src/auth/secrets-box.js';
import { PASSWORD, startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

// The default of MFA_REQUIRED_ROLES, set explicitly because the test helper turns it off for everyone else.
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => { t = await startApp({ MFA_REQUIRED_ROLES: 'developer,it_manager,admin' }); kit = accessKit(t); });
afterAll(async () => { await t.close(); });

const codeFor = (secret: string) => generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });

describe('a developer, IT manager or admin without two-factor sign-in', () => {
  it('signs in with mfaSetupRequired, and every route outside /api/auth answers 403 two_factor_setup_required', async () => {
    for (const role of ['developer', 'it_manager', 'admin'] as const) {
      const who = await t.make.staff([role]);
      const login = await t.http().post('/api/auth/login').send({ email: who.email, password: PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body.user.mfaSetupRequired).toBe(true);
      for (const path of ['/api/settings', '/api/staff', '/api/access-requests', '/api/audit-events', `/api/staff/${who.staff.id}/sessions`]) {
        const res = await t.http().get(path).set(who.auth);
        expect(res.status, `${role} ${path}`).toBe(403);
        expect(res.body.code).toBe('two_factor_setup_required');
      }
      // Upper case and a query string reach the same routes, and are refused the same way.
      const sly = await t.http().get('/API/SETTINGS?x=/api/auth/').set(who.auth);
      expect(sly.status).toBe(403);
      expect((await t.http().get('/api/auth/me').set(who.auth)).body.user.mfaSetupRequired).toBe(true);
    }
  });

  it('cannot write either: an access request or a staff change is refused and nothing is stored', async () => {
    const s = await kit.scenario();
    const before = await t.db.query('SELECT count(*)::int AS n FROM access_requests');
    const res = await t.http().post('/api/access-requests').set(s.dev.auth).send({ settingId: s.setting.id, caseId: s.supportCase.id, justification: 'Need to look at records now please', scopes: ['children'] });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('two_factor_setup_required');
    expect(await t.db.query('SELECT count(*)::int AS n FROM access_requests')).toEqual(before);
    const admin = await t.make.staff(['admin']);
    const rename = await t.http().put(`/api/staff/${s.dev.staff.id}`).set(admin.auth).send({ name: 'Renamed' });
    expect(rename.status).toBe(403);
  });

  it('gets in once two-factor is set up, through the /api/auth routes', async () => {
    const dev = await t.make.staff(['developer']);
    const setup = await t.http().post('/api/auth/two-factor/setup').set(dev.auth);
    expect(setup.status).toBe(200);
    const enable = await t.http().post('/api/auth/two-factor/enable').set(dev.auth).send({ code: await codeFor(setup.body.secret) });
    expect(enable.status).toBe(200);
    expect(enable.body.user.mfaSetupRequired).toBe(false);
    expect((await t.http().get('/api/settings').set(dev.auth)).status).toBe(200);
  });

  it('leaves support and SMT alone', async () => {
    for (const role of ['support', 'smt'] as const) {
      const who = await t.make.staff([role]);
      expect((await t.http().get('/api/settings').set(who.auth)).status).toBe(200);
    }
  });
});

describe('two-factor secrets at rest', () => {
  it('are stored encrypted, never as the secret the app was given', async () => {
    const who = await t.make.staff(['support']);
    const setup = await t.http().post('/api/auth/two-factor/setup').set(who.auth);
    const [pending] = await t.db.query('SELECT mfa_pending_secret FROM staff WHERE id = $1', [who.staff.id]);
    expect(pending.mfa_pending_secret).toMatch(/^v1\./);
    expect(pending.mfa_pending_secret).not.toContain(setup.body.secret);
    await t.http().post('/api/auth/two-factor/enable').set(who.auth).send({ code: await codeFor(setup.body.secret) }).expect(200);
    const [row] = await t.db.query('SELECT mfa_secret FROM staff WHERE id = $1', [who.staff.id]);
    expect(row.mfa_secret).toMatch(/^v1\./);
    expect(row.mfa_secret).not.toContain(setup.body.secret);
    expect(t.app.get(SecretsBox).open(row.mfa_secret)).toBe(setup.body.secret);
  });

  it('encrypts a secret left in clear at start-up, and sign-in with it still works', async () => {
    const who = await t.make.staff(['support']);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await t.db.query('UPDATE staff SET mfa_enabled = true, mfa_secret = $2 WHERE id = $1', [who.staff.id, secret]);
    await t.app.get(SecretsBox).onModuleInit();
    const [row] = await t.db.query('SELECT mfa_secret FROM staff WHERE id = $1', [who.staff.id]);
    expect(row.mfa_secret).toMatch(/^v1\./);
    const login = await t.http().post('/api/auth/login').send({ email: who.email, password: PASSWORD, code: await codeFor(secret) });
    expect(login.status, login.text).toBe(200);
  });

  it('cannot be read with another key: a tampered value fails to open', () => {
    const box = t.app.get(SecretsBox);
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
  });
});
