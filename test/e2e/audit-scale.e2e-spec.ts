import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_EXACT_COUNT_CAP } from '../../server/src/audit/audit.controller.js';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
let auth: Record<string, string>;
beforeAll(async () => {
  t = await startApp();
  ({ auth } = await t.make.staff(['smt']));
});
afterAll(async () => { await t?.close(); });

const list = (filter: Record<string, unknown>, range = [0, 24]) =>
  t.http().get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`).set(auth);

/** `n` events of one action, one a minute from `from`, for one setting and actor. */
async function events(n: number, action: string, from: string, settingId: string | null = null, actorId: string | null = null) {
  await t.db.query(
    `INSERT INTO audit_events (at, actor_id, action, subject_type, setting_id, detail)
     SELECT $1::timestamptz + (i || ' minutes')::interval, $4, $2, 'Setting', $3, '{}'::jsonb FROM generate_series(0, $5 - 1) i`,
    [from, action, settingId, actorId, n],
  );
}

describe('audit log lists at scale', () => {
  it('filters by a date range (at_gte, at_lte, both inclusive), newest first', async () => {
    await events(10, 'scale.range', '2026-01-01T00:00:00Z');
    const res = await list({ action: 'scale.range', at_gte: '2026-01-01T00:03:00Z', at_lte: '2026-01-01T00:06:00Z' });
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-range']).toBe('audit-events 0-3/4');
    expect(res.body.map((e: { at: string }) => e.at)).toEqual(['06', '05', '04', '03'].map((m) => `2026-01-01T00:${m}:00.000Z`));
  });

  it('filters by setting and by actor with exact counts', async () => {
    const setting = await t.make.setting();
    const { staff } = await t.make.staff(['support']);
    await events(7, 'scale.setting', '2026-02-01T00:00:00Z', setting.id, staff.id);
    const bySetting = await list({ settingId: setting.id });
    expect(bySetting.headers['content-range']).toBe('audit-events 0-6/7');
    expect(bySetting.headers['x-total-estimated']).toBeUndefined();
    const byActor = await list({ actorId: staff.id, action: 'scale.setting' }, [5, 9]);
    expect(byActor.headers['content-range']).toBe('audit-events 5-6/7');
    // A page past the end still carries the total; a filter nothing matches counts 0 on any page.
    expect((await list({ actorId: staff.id, action: 'scale.setting' }, [25, 49])).headers['content-range']).toBe('audit-events */7');
    expect((await list({ actorId: staff.id, action: 'scale.none' }, [25, 49])).headers['content-range']).toBe('audit-events */0');
  });

  it(`counts exactly up to ${AUDIT_EXACT_COUNT_CAP} matching events, then gives an estimate, still a number, and says so`, async () => {
    await events(AUDIT_EXACT_COUNT_CAP + 50, 'scale.many', '2025-01-01T00:00:00Z');
    await t.db.query('ANALYZE audit_events');
    const res = await list({ action: 'scale.many' });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(25);
    const total = Number(/\/(\d+)$/.exec(res.headers['content-range']!)![1]);
    expect(total).toBeGreaterThan(AUDIT_EXACT_COUNT_CAP);
    expect(res.headers['x-total-estimated']).toBe('true');
    expect(res.headers['access-control-expose-headers']).toContain('X-Total-Estimated');
  });

  it('refuses a malformed date, an unknown range field and a prototype key, changing nothing', async () => {
    const before = Number((await t.db.query('SELECT count(*)::int AS n FROM audit_events'))[0].n);
    const filters = ['{"at_gte":"yesterday-ish"}', '{"at_gt":"2026-01-01"}', '{"action_gte":"a"}', '{"constructor_gte":"2026-01-01"}', '{"__proto__":1}', '{"at_lte":5}'];
    for (const filter of filters) {
      const res = await t.http().get(`/api/audit-events?filter=${encodeURIComponent(filter)}`).set(auth);
      expect(res.status, filter).toBe(400);
      expect(res.body.message, filter).toMatch(/filter/);
    }
    expect(Number((await t.db.query('SELECT count(*)::int AS n FROM audit_events'))[0].n)).toBe(before);
  });

  it('is refused without a session and to roles that may not read the log', async () => {
    expect((await t.http().get('/api/audit-events?filter={"at_gte":"2026-01-01"}')).status).toBe(401);
    const { auth: support } = await t.make.staff(['support']);
    expect((await t.http().get('/api/audit-events?filter={"at_gte":"2026-01-01"}').set(support)).status).toBe(403);
  });
});

describe('audit:verify from a checkpoint', () => {
  const cli = (...args: string[]) => spawnSync('node', ['dist/server/src/cli/main.js', 'audit:verify', ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' }, timeout: 60_000,
  });

  it('reports its rate, stores a checkpoint, and later verifies only what was sealed after it', async () => {
    await t.app.get(AuditService).seal(); // the app's own sealer may hold the chain while the CLI runs
    const first = cli('--checkpoint');
    expect(first.status, first.stderr + first.stdout).toBe(0);
    expect(first.stdout.trim()).toMatch(/^ok \d+ events$/);
    expect(first.stderr).toMatch(/^verified \d+ events in [\d.]+ s \(\d+ events\/s\); checkpoint stored at position \d+$/m);
    const total = Number(/^ok (\d+) events$/m.exec(first.stdout)![1]);

    await t.make.staff(['support']); // one more sign-in event
    await t.app.get(AuditService).seal();
    const next = cli('--from-checkpoint');
    expect(next.status, next.stderr + next.stdout).toBe(0);
    const verified = Number(/^verified (\d+) events after the checkpoint/m.exec(next.stderr)![1]);
    expect(verified).toBeGreaterThan(0);
    expect(verified).toBeLessThan(10);
    expect(Number(/^ok (\d+) events$/m.exec(next.stdout)![1])).toBe(total + verified);
  });

  it('finds an event changed after the checkpoint; a full run finds one changed before it', async () => {
    const audit = t.app.get(AuditService);
    await audit.seal();
    expect((await audit.verify({ checkpoint: true })).ok).toBe(true);
    const [early] = await t.db.query('SELECT event_id AS id FROM audit_seals ORDER BY position ASC LIMIT 1');
    await t.make.staff(['support']);
    await audit.seal();
    const [late] = await t.db.query('SELECT event_id AS id FROM audit_seals ORDER BY position DESC LIMIT 1');
    for (const victim of [late.id, early.id]) {
      await t.db.transaction(async (m) => {
        await m.query('SET LOCAL session_replication_role = replica'); // a superuser bypassing the append-only trigger
        await m.query(`UPDATE audit_events SET detail = '{"tampered":true}' WHERE id = $1`, [victim]);
      });
    }
    const incremental = await audit.verify({ fromCheckpoint: true });
    expect(incremental).toMatchObject({ ok: false, brokenAt: { eventId: late.id } });
    const full = await audit.verify();
    expect(full).toMatchObject({ ok: false, brokenAt: { eventId: early.id } });
    const refused = cli('--from-checkpoint', '--checkpoint');
    expect(refused.status).toBe(1);
    expect(Number((await t.db.query('SELECT count(*)::int AS n FROM audit_checkpoints'))[0].n)).toBe(2);
  });
});
