import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../server/src/common/clock.js';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t?.close(); });

const lastSeen = async (staffId: string): Promise<number> => {
  const [row] = await t.db.query('SELECT last_seen_at FROM sessions WHERE staff_id = $1 AND ended_at IS NULL', [staffId]);
  return new Date(row.last_seen_at).getTime();
};

describe('session activity is written at most once a minute', () => {
  it('does not write last_seen_at for requests within a minute of the last write', async () => {
    const { auth, staff } = await t.make.staff(['support']);
    const signedIn = await lastSeen(staff.id);
    t.clock.advance(30_000);
    expect((await t.http().get('/api/settings').set(auth)).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
    expect(await lastSeen(staff.id)).toBe(signedIn);
  });

  it('writes it again once a minute has passed', async () => {
    const { auth, staff } = await t.make.staff(['support']);
    t.clock.advance(MINUTE + 1000);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
    expect(await lastSeen(staff.id)).toBe(t.clock.now().getTime());
  });

  it('keeps alive a session used every few minutes well past SESSION_IDLE_MINUTES', async () => {
    const { auth } = await t.make.staff(['support']);
    for (let i = 0; i < 3 * t.config.sessionIdleMinutes; i += 3) {
      t.clock.advance(3 * MINUTE);
      expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
    }
  });

  it('counts idleness from the last write: a session used 50 s after it ends at most 50 s early', async () => {
    const { auth, staff } = await t.make.staff(['support']);
    const written = await lastSeen(staff.id);
    t.clock.advance(50_000);
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
    t.clock.set(new Date(written + t.config.sessionIdleMinutes * MINUTE + 1000));
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(401);
    const [row] = await t.db.query('SELECT end_reason FROM sessions WHERE staff_id = $1', [staff.id]);
    expect(row.end_reason).toBe('idle');
  });

  it('keeps a session alive up to the last second of SESSION_IDLE_MINUTES after its last write', async () => {
    const { auth, staff } = await t.make.staff(['support']);
    const written = await lastSeen(staff.id);
    t.clock.set(new Date(written + t.config.sessionIdleMinutes * MINUTE - 1000));
    expect((await t.http().get('/api/auth/me').set(auth)).status).toBe(200);
  });
});
