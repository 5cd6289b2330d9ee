import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../server/src/common/clock.js';
import { Child, Observation } from '../../server/src/content/content.entities.js';
import { InvestigationDatabase } from '../../server/src/database/investigation-database.js';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit, OTHER_ROLES } from './access-helpers.js';

// A short maximum age, so this file can tell deletion at INVESTIGATION_MAX_HOURS from deletion at grant expiry.
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp({ INVESTIGATION_MAX_HOURS: '1' });
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

const ALL = ['children', 'observations', 'parents', 'media'] as const;

/** A live grant over every kind, with free text that names the family and gives their contact details. */
async function grantWithText(minutes = 240) {
  const g = await kit.grant({ scopes: [...ALL], minutes });
  const [child] = g.content.children;
  const [parent] = g.content.parents;
  await t.db.getRepository(Child).update({ id: child!.id }, {
    notes: `${child!.firstName} is collected by ${parent!.firstName} ${parent!.lastName} (${parent!.email}, ${parent!.phone}); born ${child!.dateOfBirth}.`,
  });
  await t.db.getRepository(Observation).update({ id: g.content.observations[0]!.id }, {
    text: `${child!.firstName} ${child!.lastName} told Key Worker about ${g.content.children[1]!.firstName}. Call ${g.setting.contactPhone} or ${g.setting.dpoEmail}.`,
  });
  return g;
}

const copyOf = (g: Awaited<ReturnType<typeof grantWithText>>) =>
  t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(g.dev.auth);

describe('POST /api/access-requests/:id/investigation', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(`/api/access-requests/${randomUUID()}/investigation`)).status).toBe(401);
  });

  it('is refused to every role but developer', async () => {
    const g = await kit.grant();
    for (const role of OTHER_ROLES) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(auth)).status, role).toBe(403);
    }
  });

  it('makes a pseudonymised copy of the granted content: codes for names, no contact details, no live ids or times', async () => {
    const g = await grantWithText();
    const res = await copyOf(g);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      requestId: g.request.id, settingId: g.setting.id, caseId: g.supportCase.id, ownerId: g.dev.staff.id, status: 'ready',
      counts: { children: 3, observations: 3, parents: 3, media: 3 },
    });
    expect(new Date(res.body.deleteBy).getTime()).toBe(t.clock.now().getTime() + HOUR);

    const rows: Record<string, unknown[]> = {};
    for (const kind of ALL) {
      const list = await t.http().get(`/api/investigations/${res.body.id}/${kind}`).set(g.dev.auth);
      expect(list.status, kind).toBe(200);
      expect(list.headers['content-range'], kind).toBe(`${kind} 0-2/3`);
      rows[kind] = list.body;
    }
    const everything = JSON.stringify(rows);
    const live = g.content;
    for (const c of live.children) {
      expect(everything).not.toContain(c.firstName);
      expect(everything).not.toContain(c.lastName);
      expect(everything).not.toContain(c.id);
    }
    for (const p of live.parents) {
      expect(everything).not.toContain(p.firstName);
      expect(everything).not.toContain(p.email!);
    }
    expect(everything).not.toMatch(/07700|900123|01223|@|Orchard|2022-03-14|Key Worker/);
    expect((rows.children as { code: string }[]).map((c) => c.code)).toEqual(['Child 0001', 'Child 0002', 'Child 0003']);
    expect(rows.children![0]).toMatchObject({ dateOfBirth: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), ageBand: expect.any(String) });
    expect(everything).not.toContain('2022-03-14');
    for (const o of live.observations) expect(everything).not.toContain(o.observedAt.toISOString());
    const obs = (rows.observations as { text: string; authorCode: string; childCode: string }[]).find((o) => o.text.includes('told'))!;
    expect(obs.text).toMatch(/^Child 000\d told Staff 0001 about Child 000\d\. Call \[phone\] or \[email\]\.$/);
    expect(obs.text.match(/Child 000\d/g)![0]).toBe(obs.childCode);
    // The same child carries the same code in every kind of the copy.
    const childNotes = (rows.children as { code: string; notes: string }[]).find((c) => c.notes.includes('collected'))!;
    expect(childNotes.notes).toMatch(/^Child 000\d is collected by Parent 000\d \(\[email\], \[phone\]\); born \[date\]\.$/);
    expect(childNotes.notes.startsWith(childNotes.code)).toBe(true);
    expect(Object.keys(rows.parents![0] as object).sort()).toEqual(['childCode', 'childId', 'code', 'createdAt', 'id', 'relationship']);
    expect(Object.keys(rows.media![0] as object).sort()).toEqual(['childCode', 'childId', 'code', 'contentType', 'createdAt', 'id', 'sizeBucket', 'takenAt']);
    const meta = await t.http().get(`/api/investigations/${res.body.id}`).set(g.dev.auth);
    expect(meta.body.report).toMatchObject({ records: 12, replacements: expect.any(Number), byKind: { children: { records: 3 }, observations: { records: 3 } } });
    expect(meta.body.report.replacements).toBeGreaterThanOrEqual(8);
  });

  it('keeps the copy in the investigation database: not one copy row in the main database', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const store = (await t.app.get(InvestigationDatabase).source());
    const [{ count }] = await store.query('SELECT count(*)::int AS count FROM children WHERE copy_id = $1', [body.id]);
    expect(count).toBe(3);
    const [main] = await t.db.query('SELECT current_database() AS name');
    const [apart] = await store.query('SELECT current_database() AS name');
    expect(apart.name).toBe(`${main.name}_investigation`);
    const [{ schemas }] = await t.db.query(`SELECT count(*)::int AS schemas FROM information_schema.schemata WHERE schema_name = 'investigation'`);
    expect(schemas).toBe(0);
    const [{ columns }] = await t.db.query(`SELECT count(*)::int AS columns FROM information_schema.columns WHERE column_name = 'copy_id' AND table_schema NOT IN ('pg_catalog', 'information_schema')`);
    expect(columns).toBe(0);
    const [{ live }] = await t.db.query('SELECT count(*)::int AS live FROM children WHERE setting_id = $1', [g.setting.id]);
    expect(live).toBe(3);
  });

  it('audits the copy as a read of every record under the grant, and its creation', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const [copied] = await kit.auditOf(g.request.id, 'content.copy');
    expect(copied).toMatchObject({ actor_id: g.dev.staff.id, detail: { purpose: 'investigation_copy' } });
    expect((copied!.detail.recordIds as Record<string, string[]>).children!.sort()).toEqual(g.content.children.map((c) => c.id).sort());
    const [created] = await kit.auditOf(g.request.id, 'investigation.created');
    expect(created).toMatchObject({ actor_id: g.dev.staff.id, detail: { counts: body.counts } });
  });

  it('copies only the granted kinds', async () => {
    const g = await kit.grant({ scopes: ['observations'] });
    const res = await t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(g.dev.auth);
    expect(res.body.counts).toEqual({ observations: 3 });
    expect((await t.http().get(`/api/investigations/${res.body.id}/children`).set(g.dev.auth)).status).toBe(404);
    const obs = await t.http().get(`/api/investigations/${res.body.id}/observations`).set(g.dev.auth);
    for (const c of g.content.children) expect(JSON.stringify(obs.body)).not.toContain(c.firstName);
  });

  it('refuses a copy without an active grant with 409, and another developer\u2019s grant with 404', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const pending = await kit.request(dev, setting.id, supportCase.id);
    const res = await t.http().post(`/api/access-requests/${pending.id}/investigation`).set(dev.auth);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/pending/);
    const g = await kit.grant();
    const other = await t.make.staff(['developer']);
    expect((await t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(other.auth)).status).toBe(404);
  });

  it('refuses a second copy under the same grant with 409', async () => {
    const g = await grantWithText();
    expect((await copyOf(g)).status).toBe(201);
    expect((await copyOf(g)).status).toBe(409);
  });

  it('makes copies asked for at once, one after the other: each grant gets its own, and one grant only one', async () => {
    const [a, b] = [await grantWithText(), await grantWithText()];
    const answers = await Promise.all([copyOf(a), copyOf(b), copyOf(a)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 409]);
    const made = answers.filter((r) => r.status === 201);
    expect(new Set(made.map((r) => r.body.requestId))).toEqual(new Set([a.request.id, b.request.id]));
    for (const r of made) expect(r.body.counts).toEqual({ children: 3, parents: 3, observations: 3, media: 3 });
    const copies = await t.db.query('SELECT request_id FROM investigations WHERE request_id = ANY($1)', [[a.request.id, b.request.id]]);
    expect(copies).toHaveLength(2);
  });
});

describe('reading an investigation copy', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get(`/api/investigations/${randomUUID()}`)).status).toBe(401);
    expect((await t.http().get(`/api/investigations/${randomUUID()}/children`)).status).toBe(401);
  });

  it('is readable only by the grant\u2019s developer: another developer gets 404, IT and SMT see its history but not its rows', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const other = await t.make.staff(['developer']);
    expect((await t.http().get(`/api/investigations/${body.id}`).set(other.auth)).status).toBe(404);
    expect((await t.http().get(`/api/investigations/${body.id}/children`).set(other.auth)).status).toBe(404);
    for (const role of ['it_manager', 'smt'] as const) {
      const { auth } = await t.make.staff([role]);
      const meta = await t.http().get(`/api/investigations/${body.id}`).set(auth);
      expect(meta.status, role).toBe(200);
      expect(meta.body.counts, role).toEqual(body.counts);
      expect((await t.http().get('/api/investigations').query({ filter: JSON.stringify({ settingId: g.setting.id }) }).set(auth)).body, role).toHaveLength(1);
      expect((await t.http().get(`/api/investigations/${body.id}/children`).set(auth)).status, role).toBe(403);
    }
    for (const role of ['support', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().get(`/api/investigations/${body.id}`).set(auth)).status, role).toBe(403);
    }
  });

  it('audits each read of the copy with the grant and the ids returned', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const list = await t.http().get(`/api/investigations/${body.id}/media`).set(g.dev.auth);
    const one = await t.http().get(`/api/investigations/${body.id}/media/${list.body[0].id}`).set(g.dev.auth);
    expect(one.status).toBe(200);
    const reads = await kit.auditOf(g.request.id, 'investigation.read');
    expect(reads.map((r) => r.detail.recordIds)).toEqual([list.body.map((m: { id: string }) => m.id), [list.body[0].id]]);
  });
});

describe('deleting an investigation copy', () => {
  const count = async (copyId: string) => {
    const [{ n }] = await (await t.app.get(InvestigationDatabase).source()).query(
      `SELECT (SELECT count(*) FROM children WHERE copy_id = $1) + (SELECT count(*) FROM observations WHERE copy_id = $1)
            + (SELECT count(*) FROM parents WHERE copy_id = $1) + (SELECT count(*) FROM media WHERE copy_id = $1)
            + (SELECT count(*) FROM copies WHERE id = $1) AS n`, [copyId]);
    return Number(n);
  };
  const history = async (copyId: string, auth: Record<string, string>) => {
    const list = await t.http().get('/api/investigations').query({ filter: JSON.stringify({ id: [copyId] }) }).set(auth);
    return list.body[0];
  };

  it('closes the copy the moment the grant is revoked, and a job deletes it, audited', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    await t.http().post(`/api/access-requests/${g.request.id}/revoke`).set(g.it.auth);
    const after = await t.http().get(`/api/investigations/${body.id}/children`).set(g.dev.auth);
    expect(after.status).toBe(410);
    await t.app.get(JobsService).drain();
    expect(await count(body.id)).toBe(0);
    expect((await t.http().get(`/api/investigations/${body.id}`).set(g.dev.auth)).status).toBe(410);
    expect(await history(body.id, g.dev.auth)).toMatchObject({ status: 'deleted', deleteReason: 'grant_revoked' });
    const [event] = await kit.auditOf(g.request.id, 'investigation.deleted');
    expect(event).toMatchObject({ actor_id: null, detail: { reason: 'grant_revoked', removed: { children: 3, observations: 3, parents: 3, media: 3 } } });
    const gone = await t.http().get(`/api/investigations/${body.id}/children`).set(g.dev.auth);
    expect(gone.status).toBe(410);
    expect(gone.body.message).toMatch(/deleted/);
  });

  it('deletes the copy when the case is resolved', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const support = await t.make.staff(['support']);
    await t.http().put(`/api/cases/${g.supportCase.id}`).set(support.auth).send({ status: 'resolved' });
    expect((await t.http().get(`/api/investigations/${body.id}/children`).set(g.dev.auth)).status).toBe(410);
    await t.app.get(JobsService).drain();
    expect(await count(body.id)).toBe(0);
    expect(await history(body.id, g.dev.auth)).toMatchObject({ status: 'deleted', deleteReason: 'case_resolved' });
  });

  it('closes the copy when the grant expires, and the sweep has it deleted', async () => {
    const g = await grantWithText(20);
    const { body } = await copyOf(g);
    expect(new Date(body.deleteBy).getTime()).toBe(new Date(g.request.expiresAt).getTime());
    t.clock.advance(20 * MINUTE);
    await kit.signIn(g.dev);
    expect((await t.http().get(`/api/investigations/${body.id}/children`).set(g.dev.auth)).status).toBe(410);
    await kit.sweep(g.setting.id);
    expect(await count(body.id)).toBe(0);
    expect(await history(body.id, g.dev.auth)).toMatchObject({ status: 'deleted', deleteReason: 'grant_expired' });
  });

  it('deletes the copy after INVESTIGATION_MAX_HOURS even while the grant lives on', async () => {
    const g = await grantWithText(240);
    const { body } = await copyOf(g);
    for (let i = 0; i < 4; i++) await kit.advance(15 * MINUTE, g.dev);
    expect((await t.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth)).status).toBe(200);
    expect((await t.http().get(`/api/investigations/${body.id}/children`).set(g.dev.auth)).status).toBe(410);
    await kit.sweep(g.setting.id);
    expect(await count(body.id)).toBe(0);
    expect(await history(body.id, g.dev.auth)).toMatchObject({ status: 'deleted', deleteReason: 'max_age' });
    expect(await kit.auditOf(g.request.id, 'investigation.deleted')).toHaveLength(1);
  });

  it('lets the owner delete the copy early, then make a fresh one', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const other = await t.make.staff(['developer']);
    expect((await t.http().delete(`/api/investigations/${body.id}`).set(other.auth)).status).toBe(404);
    const res = await t.http().delete(`/api/investigations/${body.id}`).set(g.dev.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'deleted', deleteReason: 'owner_deleted' });
    expect(await count(body.id)).toBe(0);
    const [event] = await kit.auditOf(g.request.id, 'investigation.deleted');
    expect(event).toMatchObject({ actor_id: g.dev.staff.id, detail: { reason: 'owner_deleted' } });
    expect((await t.http().delete(`/api/investigations/${body.id}`).set(g.dev.auth)).status).toBe(410);
    expect((await t.http().get(`/api/investigations/${body.id}`).set(g.dev.auth)).status).toBe(410);
    expect((await t.http().get(`/api/investigations/${body.id}/observations`).set(g.dev.auth)).status).toBe(410);
    expect((await copyOf(g)).status).toBe(201);
  });

  it('deletes once however often the deletion job runs', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    await t.http().post(`/api/access-requests/${g.request.id}/revoke`).set(g.dev.auth);
    await t.app.get(JobsService).drain();
    await kit.sweep(g.setting.id);
    await t.app.get(JobsService).drain();
    expect(await kit.auditOf(g.request.id, 'investigation.deleted')).toHaveLength(1);
    expect(await count(body.id)).toBe(0);
  });
});

describe('InvestigationsService.deleteForSetting', () => {
  it('deletes every live copy of a setting from the investigation database, audited, and leaves other settings alone', async () => {
    const g = await grantWithText();
    const other = await grantWithText();
    const { body } = await copyOf(g);
    const { body: kept } = await copyOf(other);
    const { InvestigationsService } = await import('../../server/src/access/investigations.service.js');
    expect(await t.app.get(InvestigationsService).deleteForSetting(g.setting.id)).toBe(1);
    const store = (await t.app.get(InvestigationDatabase).source());
    const [{ n }] = await store.query('SELECT count(*)::int AS n FROM children WHERE copy_id = $1', [body.id]);
    expect(n).toBe(0);
    const [{ k }] = await store.query('SELECT count(*)::int AS k FROM children WHERE copy_id = $1', [kept.id]);
    expect(k).toBe(3);
    const [event] = await kit.auditOf(g.request.id, 'investigation.deleted');
    expect(event).toMatchObject({ detail: { reason: 'setting_purged' } });
    expect(await t.app.get(InvestigationsService).deleteForSetting(g.setting.id)).toBe(0);
  });
});

describe('rows left without a copy', () => {
  it('are purged by the unscoped sweep once an hour old, and a live copy is left alone', async () => {
    const g = await grantWithText();
    const { body } = await copyOf(g);
    const store = (await t.app.get(InvestigationDatabase).source());
    const orphan = randomUUID();
    await store.query('INSERT INTO copies (id, created_at) VALUES ($1, $2)', [orphan, t.clock.now()]);
    await store.query(`INSERT INTO children (id, copy_id, code, notes, created_at) VALUES ($1, $2, 'Child 0001', '', now())`, [randomUUID(), orphan]);
    const { InvestigationsService } = await import('../../server/src/access/investigations.service.js');
    expect(await t.app.get(InvestigationsService).purgeOrphans()).toBe(0);
    t.clock.advance(HOUR + MINUTE);
    expect(await t.app.get(InvestigationsService).purgeOrphans()).toBe(1);
    const [{ n }] = await store.query('SELECT count(*)::int AS n FROM children WHERE copy_id = $1', [orphan]);
    expect(n).toBe(0);
    const [{ kept }] = await store.query('SELECT count(*)::int AS kept FROM copies WHERE id = $1', [body.id]);
    expect(kept).toBe(1);
  });
});
