import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, AuthErrorCode } from '../../server/src/auth/auth.errors.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { SessionsService } from '../../server/src/auth/sessions.service.js';
import { MINUTE } from '../../server/src/common/clock.js';
import { StaffService } from '../../server/src/staff/staff.service.js';
import { PASSWORD, startApp, uniq, type TestApp } from '../helpers/app.js';

describe('signing in and sessions', () => {
  let t: TestApp;
  let auth: AuthService;
  let sessions: SessionsService;
  beforeAll(async () => {
    t = await startApp({ LOGIN_MAX_ATTEMPTS: '3', LOCKOUT_MINUTES: '15', SESSION_IDLE_MINUTES: '15' });
    auth = t.app.get(AuthService);
    sessions = t.app.get(SessionsService);
  });
  afterAll(async () => { await t?.close(); });

  const account = async () => {
    const email = `${uniq('lock')}@staff.test`;
    const staff = await t.app.get(StaffService).create({ email, name: 'Lock Test', roles: ['support'], password: PASSWORD }, null);
    return { staff, email };
  };
  const attempt = (email: string, password: string) => auth.login(email, password, '127.0.0.1', 'medium test').then(() => null, (e: unknown) => e as AuthError);

  it('locks an account after LOGIN_MAX_ATTEMPTS wrong passwords in a row, even to the right one, until LOCKOUT_MINUTES pass', async () => {
    const { email } = await account();
    expect((await attempt(email, 'Wrong-Password-2026'))?.code).toBe(AuthErrorCode.BadCredentials);
    expect((await attempt(email, 'Wrong-Password-2026'))?.code).toBe(AuthErrorCode.BadCredentials);
    expect((await attempt(email, 'Wrong-Password-2026'))?.code).toBe(AuthErrorCode.BadCredentials);
    expect((await attempt(email, PASSWORD))?.code).toBe(AuthErrorCode.Locked);
    t.clock.advance(14 * MINUTE);
    expect((await attempt(email, PASSWORD))?.code).toBe(AuthErrorCode.Locked);
    t.clock.advance(1 * MINUTE + 1000);
    expect(await attempt(email, PASSWORD)).toBeNull();
  });

  it('counts only failures in a row: a sign-in in between starts the count again', async () => {
    const { email } = await account();
    await attempt(email, 'Wrong-Password-2026');
    await attempt(email, 'Wrong-Password-2026');
    expect(await attempt(email, PASSWORD)).toBeNull();
    await attempt(email, 'Wrong-Password-2026');
    await attempt(email, 'Wrong-Password-2026');
    expect(await attempt(email, PASSWORD)).toBeNull();
  });

  it('ends a session left idle for SESSION_IDLE_MINUTES, marked idle, and a person\'s own use keeps one alive', async () => {
    const { staff } = await account();
    const kept = await sessions.start(staff.id, null, null);
    const idle = await sessions.start(staff.id, null, null);
    for (let i = 0; i < 3; i++) {
      t.clock.advance(10 * MINUTE);
      expect(await sessions.resume(kept.token)).toMatchObject({ id: kept.session.id, staff: { id: staff.id } });
    }
    expect(await sessions.resume(idle.token)).toBeNull();
    expect(await sessions.findOne(idle.session.id)).toMatchObject({ endReason: 'idle' });
    expect((await sessions.live(staff.id)).map((s) => s.id)).toEqual([kept.session.id]);
  });

  it('does not let the UI\'s background polling keep a session alive', async () => {
    const { staff } = await account();
    const polled = await sessions.start(staff.id, null, null);
    for (let i = 0; i < 2; i++) {
      t.clock.advance(7 * MINUTE);
      expect(await sessions.resume(polled.token, true)).not.toBeNull();
    }
    t.clock.advance(2 * MINUTE);
    expect(await sessions.resume(polled.token, true)).toBeNull();
  });
});
