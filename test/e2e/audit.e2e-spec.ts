import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

describe('the audit log', () => {
  it('answers 401 without a session and 403 to support and developers', async () => {
    expect((await t.http().get('/api/audit-events')).status).toBe(401);
    for (const role of ['support', 'developer'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().get('/api/audit-events').set(auth)).status, role).toBe(403);
    }
  });

  it('records sign-ins and writes, readable by it_manager, smt and admin with their hashes', async () => {
    const support = await t.make.staff(['support']);
    await t.http().post('/api/settings').set(support.auth).send({ name: 'Audited Nursery', kind: 'nursery' });
    await t.app.get(AuditService).seal();
    for (const role of ['it_manager', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      const q = encodeURIComponent(JSON.stringify({ actorId: support.staff.id }));
      const res = await t.http().get(`/api/audit-events?filter=${q}&sort=["at","ASC"]`).set(auth);
      expect(res.status, role).toBe(200);
      expect(res.body.map((e: { action: string }) => e.action)).toEqual(['auth.login', 'setting.create']);
      expect(res.body[0].hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('lists each event with its own seal\'s hashes, the same as the event alone shows', async () => {
    const support = await t.make.staff(['support']);
    const { auth } = await t.make.staff(['it_manager']);
    const q = encodeURIComponent(JSON.stringify({ actorId: support.staff.id }));
    const page = async () => (await t.http().get(`/api/audit-events?filter=${q}&sort=["at","ASC"]`).set(auth).expect(200)).body as { id: string; hash: string | null; prevHash: string | null }[];
    await t.http().post('/api/settings').set(support.auth).send({ name: 'Sealed Nursery', kind: 'nursery' }).expect(201);
    await t.app.get(AuditService).seal();
    const sealed = await page();
    expect(sealed).toHaveLength(2);
    for (const e of sealed) {
      const alone = (await t.http().get(`/api/audit-events/${e.id}`).set(auth).expect(200)).body;
      expect([e.hash, e.prevHash]).toEqual([alone.hash, alone.prevHash]);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(sealed[0]!.hash).not.toBe(sealed[1]!.hash);
  });

  it('has no route that writes it', async () => {
    const { auth } = await t.make.staff(['admin']);
    expect((await t.http().post('/api/audit-events').set(auth).send({ action: 'forged' })).status).toBe(404);
    const [{ id }] = await t.db.query('SELECT id FROM audit_events LIMIT 1');
    expect((await t.http().delete(`/api/audit-events/${id}`).set(auth)).status).toBe(404);
    expect((await t.http().put(`/api/audit-events/${id}`).set(auth).send({})).status).toBe(404);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const [{ id }] = await t.db.query('SELECT id FROM audit_events LIMIT 1');
    await expect(t.db.query("UPDATE audit_events SET action = 'x' WHERE id = $1", [id])).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_events WHERE id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE audit_events CASCADE')).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_seals')).rejects.toThrow(/append-only/);
  });

  it('verifies an intact chain, and names the event a superuser edited behind its back (service and CLI)', async () => {
    const audit = t.app.get(AuditService);
    await t.make.staff(['support']);
    await audit.seal();
    const before = await audit.verify();
    expect(before).toMatchObject({ ok: true });
    expect(before.sealed).toBeGreaterThan(0);
    const intact = verifyCli();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/^ok \d+ events$/m);

    const [victim] = await t.db.query('SELECT e.id FROM audit_events e JOIN audit_seals s ON s.event_id = e.id ORDER BY s.position DESC LIMIT 1');
    await t.db.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica'); // what a superuser could do: bypass the trigger
      await m.query("UPDATE audit_events SET detail = '{\"tampered\":true}' WHERE id = $1", [victim.id]);
    });
    const after = await audit.verify();
    expect(after.ok).toBe(false);
    expect(after.brokenAt).toMatchObject({ eventId: victim.id, reason: expect.stringMatching(/changed/) });
    const broken = verifyCli();
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(victim.id);
  });
});

/** The built CLI against this run's database (npm test builds the server first). */
function verifyCli() {
  return spawnSync('node', ['dist/server/src/cli/main.js', 'audit:verify'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
}
