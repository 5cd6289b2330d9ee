import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => { t = await startApp({ SESSION_IDLE_MINUTES: '15' }); kit = accessKit(t); });
afterAll(async () => { await t.close(); });

const MINUTE = 60_000;
const BACKGROUND = { 'X-Background': '1' };

describe('a screen left polling while nobody is there', () => {
  it('is served, but its polling does not keep the session alive past the idle time', async () => {
    const g = await kit.grant();
    // The content page polls every few minutes; nobody touches the screen.
    for (let i = 0; i < 3; i++) {
      t.clock.advance(4 * MINUTE);
      const poll = await t.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth).set(BACKGROUND);
      expect(poll.status, `poll ${i}`).toBe(200);
    }
    // Sixteen minutes since the last thing the person did: the session is dead, for polling and for them.
    t.clock.advance(4 * MINUTE);
    const late = await t.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth).set(BACKGROUND);
    expect(late.status).toBe(401);
    expect((await t.http().get('/api/auth/me').set(g.dev.auth)).status).toBe(401);
    const [session] = await t.db.query("SELECT end_reason FROM sessions WHERE staff_id = $1 ORDER BY created_at DESC LIMIT 1", [g.dev.staff.id]);
    expect(session.end_reason).toBe('idle');
  });

  it('keeps the session when the person acts, so only background requests are ignored', async () => {
    const who = await t.make.staff(['support']);
    for (let i = 0; i < 4; i++) {
      t.clock.advance(10 * MINUTE);
      expect((await t.http().get('/api/settings').set(who.auth)).status).toBe(200);
    }
  });

  it('does not count a background request as activity, whatever else it sends', async () => {
    const who = await t.make.staff(['support']);
    t.clock.advance(14 * MINUTE);
    const [before] = await t.db.query('SELECT last_seen_at FROM sessions WHERE staff_id = $1', [who.staff.id]);
    expect((await t.http().get('/api/settings').set(who.auth).set(BACKGROUND)).status).toBe(200);
    const [after] = await t.db.query('SELECT last_seen_at FROM sessions WHERE staff_id = $1', [who.staff.id]);
    expect(after.last_seen_at).toEqual(before.last_seen_at);
    t.clock.advance(2 * MINUTE);
    expect((await t.http().get('/api/settings').set(who.auth)).status).toBe(401);
  });

  it('treats any other X-Background value as the person acting', async () => {
    const who = await t.make.staff(['support']);
    t.clock.advance(14 * MINUTE);
    expect((await t.http().get('/api/settings').set(who.auth).set('X-Background', '0')).status).toBe(200);
    t.clock.advance(2 * MINUTE);
    expect((await t.http().get('/api/settings').set(who.auth)).status).toBe(200);
  });
});
