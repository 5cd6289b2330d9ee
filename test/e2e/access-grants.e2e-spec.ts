import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../server/src/common/clock.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp();
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

const read = (auth: Record<string, string>, settingId: string, kind: string, query: Record<string, string> = {}) =>
  t.http().get(`/api/settings/${settingId}/${kind}`).query(query).set(auth);

describe('reading content under a grant', () => {
  it('opens nothing before the request is approved', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    await kit.request(dev, setting.id, supportCase.id);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(403);
  });

  it('lets the developer read the granted kind of that setting, read-only', async () => {
    const { request, dev, setting, content } = await kit.grant({ scopes: ['children', 'observations'] });
    const res = await read(dev.auth, setting.id, 'children');
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('children 0-2/3');
    expect((res.body as { id: string }[]).map((c) => c.id).sort()).toEqual(content.children.map((c) => c.id).sort());
    expect((await read(dev.auth, setting.id, 'observations')).status).toBe(200);
    const one = await t.http().get(`/api/settings/${setting.id}/children/${content.children[0]!.id}`).set(dev.auth);
    expect(one.status).toBe(200);
    expect(one.body.firstName).toBe(content.children[0]!.firstName);
    expect(request.status).toBe('active');
    for (const method of ['post', 'put', 'delete'] as const) {
      expect((await t.http()[method](`/api/settings/${setting.id}/children/${content.children[0]!.id}`).set(dev.auth).send({})).status, method).toBe(404);
    }
  });

  it('writes an audit event for each read naming the grant and the ids of the records returned', async () => {
    const { request, dev, setting, content } = await kit.grant({ scopes: ['parents'] });
    const res = await read(dev.auth, setting.id, 'parents', { range: '[0,1]', sort: '["lastName","ASC"]' });
    expect(res.status).toBe(200);
    const returned = (res.body as { id: string }[]).map((p) => p.id);
    expect(returned).toHaveLength(2);
    await t.http().get(`/api/settings/${setting.id}/parents/${content.parents[2]!.id}`).set(dev.auth);
    const reads = await kit.auditOf(request.id, 'content.read');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actor_id: dev.staff.id, setting_id: setting.id, detail: { kind: 'parents', recordIds: returned, total: 3 } });
    expect(reads[1]).toMatchObject({ detail: { kind: 'parents', recordIds: [content.parents[2]!.id] } });
  });

  it('lets SMT and IT see the audited reads of a grant through the audit log', async () => {
    const { request, dev, setting } = await kit.grant();
    await read(dev.auth, setting.id, 'children');
    for (const role of ['smt', 'it_manager'] as const) {
      const { auth } = await t.make.staff([role]);
      const res = await t.http().get('/api/audit-events').query({ filter: JSON.stringify({ grantId: request.id, action: 'content.read' }) }).set(auth);
      expect(res.status, role).toBe(200);
      expect(res.body, role).toHaveLength(1);
      expect(res.body[0], role).toMatchObject({ actorId: dev.staff.id, grantId: request.id, settingId: setting.id });
    }
  });

  it('never opens another setting', async () => {
    const { dev } = await kit.grant({ scopes: ['children', 'observations', 'parents', 'media'] });
    const other = await t.make.setting();
    await t.make.content(other.id, 1);
    for (const kind of ['children', 'observations', 'parents', 'media']) {
      expect((await read(dev.auth, other.id, kind)).status, kind).toBe(403);
    }
    const refused: { actor_id: string }[] = await t.db.query(
      "SELECT actor_id FROM audit_events WHERE action = 'content.read_refused' AND setting_id = $1", [other.id]);
    expect(refused).toHaveLength(4);
    expect(refused.every((r) => r.actor_id === dev.staff.id)).toBe(true);
  });

  it('never opens a kind that was not granted', async () => {
    const { dev, setting, content } = await kit.grant({ scopes: ['observations'] });
    for (const kind of ['children', 'parents', 'media']) expect((await read(dev.auth, setting.id, kind)).status, kind).toBe(403);
    expect((await t.http().get(`/api/settings/${setting.id}/children/${content.children[0]!.id}`).set(dev.auth)).status).toBe(403);
  });

  it('never opens anything to another developer, nor to any other role', async () => {
    const { setting, it: itm } = await kit.grant({ scopes: ['children'] });
    const other = await t.make.staff(['developer']);
    expect((await read(other.auth, setting.id, 'children')).status).toBe(403);
    expect((await read(itm.auth, setting.id, 'children')).status).toBe(403);
    for (const role of ['support', 'smt', 'admin'] as const) {
      expect((await read((await t.make.staff([role])).auth, setting.id, 'children')).status, role).toBe(403);
    }
  });

  it('tells the developer about their live grants through /api/auth/me', async () => {
    const { request, dev, setting } = await kit.grant({ scopes: ['media'] });
    const me = await t.http().get('/api/auth/me').set(dev.auth);
    expect(me.body.grants).toEqual([{ id: request.id, settingId: setting.id, scopes: ['media'] }]);
  });
});

describe('how a grant ends', () => {
  it('closes at expiresAt by the clock alone, before any sweep, and reads as expired', async () => {
    const { request, dev, setting } = await kit.grant({ minutes: 10 });
    t.clock.advance(10 * MINUTE - 1000);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(200);
    t.clock.advance(1000);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(403);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(dev.auth);
    expect(shown.body).toMatchObject({ status: 'expired', endReason: 'expired' });
    const stored: { status: string }[] = await t.db.query('SELECT status FROM access_requests WHERE id = $1', [request.id]);
    expect(stored[0]!.status).toBe('active');
  });

  it('is persisted as expired by the sweep, audited without an actor', async () => {
    const { request, dev, setting } = await kit.grant({ minutes: 5 });
    t.clock.advance(5 * MINUTE);
    const { expired } = await kit.sweep(setting.id);
    expect(expired).toBe(1);
    const stored: { status: string; end_reason: string; ended_at: Date; expires_at: Date }[] =
      await t.db.query('SELECT status, end_reason, ended_at, expires_at FROM access_requests WHERE id = $1', [request.id]);
    expect(stored[0]).toMatchObject({ status: 'expired', end_reason: 'expired' });
    expect(stored[0]!.ended_at.getTime()).toBe(stored[0]!.expires_at.getTime());
    const [event] = await kit.auditOf(request.id, 'access.grant_expired');
    expect(event).toMatchObject({ actor_id: null, detail: { was: 'active' } });
    expect((await t.http().post(`/api/access-requests/${request.id}/revoke`).set(dev.auth)).status).toBe(409);
    expect((await kit.sweep(setting.id)).expired).toBe(0);
    expect(await kit.auditOf(request.id, 'access.grant_expired')).toHaveLength(1);
  });

  it('closes when its case is resolved, in the same transaction', async () => {
    const { request, dev, setting, supportCase } = await kit.grant();
    const support = await t.make.staff(['support']);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(200);
    const res = await t.http().put(`/api/cases/${supportCase.id}`).set(support.auth).send({ status: 'resolved' });
    expect(res.status).toBe(200);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(403);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(dev.auth);
    expect(shown.body).toMatchObject({ status: 'ended', endReason: 'case_resolved' });
    const [event] = await kit.auditOf(request.id, 'access.ended');
    expect(event).toMatchObject({ detail: { reason: 'case_resolved', caseId: supportCase.id } });
  });

  it('opens nothing once its case reads resolved, even while the grant itself still reads active', async () => {
    const { request, dev, setting, supportCase } = await kit.grant();
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(200);
    // Not through the service, which would end the grant too: the live-grant check alone must refuse.
    await t.db.query(`UPDATE cases SET status = 'resolved' WHERE id = $1`, [supportCase.id]);
    expect((await t.db.query('SELECT status FROM access_requests WHERE id = $1', [request.id]))[0]).toEqual({ status: 'active' });
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(403);
    await t.db.query(`UPDATE cases SET status = 'open' WHERE id = $1`, [supportCase.id]);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(200);
  });

  it('closes a request still waiting when its case is resolved, so it can never be approved', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    const support = await t.make.staff(['support']);
    await t.http().put(`/api/cases/${supportCase.id}`).set(support.auth).send({ status: 'resolved' });
    expect((await t.http().post(`/api/access-requests/${req.id}/approve`).set(itm.auth)).status).toBe(409);
    expect((await t.http().get(`/api/access-requests/${req.id}`).set(itm.auth)).body.status).toBe('ended');
  });

  it('does not reopen when a resolved case is reopened', async () => {
    const { dev, setting, supportCase } = await kit.grant();
    const support = await t.make.staff(['support']);
    await t.http().put(`/api/cases/${supportCase.id}`).set(support.auth).send({ status: 'resolved' });
    await t.http().put(`/api/cases/${supportCase.id}`).set(support.auth).send({ status: 'open' });
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(403);
  });

  it('closes when revoked, and a revoked grant\u2019s reads stay in the audit log', async () => {
    const { request, dev, setting, it: itm } = await kit.grant();
    await read(dev.auth, setting.id, 'children');
    await t.http().post(`/api/access-requests/${request.id}/revoke`).set(itm.auth);
    expect((await read(dev.auth, setting.id, 'children')).status).toBe(403);
    const actions = (await kit.auditOf(request.id)).map((e) => e.action);
    expect(actions).toEqual(['access.requested', 'access.approved', 'access.grant_started', 'content.read', 'access.revoked']);
  });

  it('leaves the developer\u2019s other live grant open when one ends', async () => {
    const first = await kit.grant();
    const second = await kit.scenario();
    const req = await kit.request(first.dev, second.setting.id, second.supportCase.id);
    await kit.approve(second.it, req.id);
    await t.http().post(`/api/access-requests/${first.request.id}/revoke`).set(first.dev.auth);
    expect((await read(first.dev.auth, first.setting.id, 'children')).status).toBe(403);
    expect((await read(first.dev.auth, second.setting.id, 'children')).status).toBe(200);
  });
});
