import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

describe('the audit chain', () => {
  let t: TestApp;
  let audit: AuditService;
  beforeAll(async () => {
    t = await startApp();
    audit = t.app.get(AuditService);
  });
  afterAll(async () => { await t?.close(); });

  it('verifies once sealed, from a checkpoint too, and names the event changed behind its back', async () => {
    const action = uniq('medium.event');
    await audit.recordMany(Array.from({ length: 20 }, (_, i) => ({ actorId: null, action, subjectType: 'Test', subjectId: String(i), detail: { i } })));
    await audit.seal();
    const intact = await audit.verify({ checkpoint: true });
    expect(intact).toMatchObject({ ok: true, unsealed: 0 });
    expect(intact.checkpoint).toBeDefined();

    await Promise.all([1, 2, 3].map((i) => audit.recordCommitted({ actorId: null, action, subjectType: 'Test', subjectId: `late-${i}` })));
    await audit.seal();
    const since = await audit.verify({ fromCheckpoint: true });
    expect(since).toMatchObject({ ok: true, verified: 3, sealed: intact.sealed + 3, from: { position: intact.checkpoint } });

    const [victim]: { id: string }[] = await t.db.query("SELECT id FROM audit_events WHERE action = $1 AND subject_id = '7'", [action]);
    await t.db.transaction(async (m) => {
      await m.query('SET LOCAL session_replication_role = replica'); // what a superuser could do: bypass the append-only trigger
      await m.query(`UPDATE audit_events SET detail = '{"i":70}' WHERE id = $1`, [victim!.id]);
    });
    const broken = await audit.verify();
    expect(broken).toMatchObject({ ok: false, brokenAt: { eventId: victim!.id, reason: 'the event was changed after it was sealed' } });
    // The change falls before the checkpoint: a run from it does not see it, a full run does.
    expect(await audit.verify({ fromCheckpoint: true })).toMatchObject({ ok: true });
  });

  it('stores each event as given, alone, in a batch or in a transaction, whatever its detail holds', async () => {
    const action = uniq('medium.stored');
    const settingId = (await t.make.setting()).id;
    const detail = { quote: 'a "quoted" \\ back\\slash, {braces} and, commas', unicode: 'Zoë — 👶', list: [1, null, 'two'], nested: { empty: {}, none: null } };
    await audit.record({ actorId: null, action, subjectType: 'Test', subjectId: 'alone', settingId, ip: '203.0.113.9', detail });
    await audit.recordMany([
      { actorId: null, action, subjectType: 'Test', subjectId: 'batch-1', detail: {} },
      { actorId: null, action, subjectType: 'Test', detail: { n: 2 } },
    ]);
    await t.db.transaction((m) => audit.record({ actorId: null, action, subjectType: 'Test', subjectId: 'in-transaction', detail }, m));
    const rows: unknown[] = await t.db.query(
      'SELECT subject_id, setting_id, ip, detail FROM audit_events WHERE action = $1 ORDER BY seq', [action]);
    expect(rows).toEqual([
      { subject_id: 'alone', setting_id: settingId, ip: '203.0.113.9', detail },
      { subject_id: 'batch-1', setting_id: null, ip: null, detail: {} },
      { subject_id: null, setting_id: null, ip: null, detail: { n: 2 } },
      { subject_id: 'in-transaction', setting_id: null, ip: null, detail },
    ]);
  });

  it('lists the log only to those the policy lets read it, with a 404 for an event out of reach', async () => {
    const smt = await t.make.principal(['smt']);
    const listed = await audit.list(smt, { sort: '["at","DESC"]', range: '[0,4]' });
    expect(listed.rows.length).toBeGreaterThan(0);
    expect(listed.total).toBeGreaterThanOrEqual(listed.rows.length);
    expect(await audit.get(smt, listed.rows[0]!.id)).toMatchObject({ id: listed.rows[0]!.id });
    const support = await t.make.principal(['support']);
    expect((await audit.list(support, {})).rows).toEqual([]);
    await expect(audit.get(support, listed.rows[0]!.id)).rejects.toThrow(/not found/);
  });
});
