import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../server/src/common/clock.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit, OTHER_ROLES } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp();
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

const JUSTIFICATION = 'Nightly sync drops observations for this setting; need to see which records fail.';

describe('POST /api/access-requests', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post('/api/access-requests').send({})).status).toBe(401);
  });

  it('is refused to every role but developer', async () => {
    const { setting, supportCase } = await kit.scenario();
    for (const role of OTHER_ROLES) {
      const { auth } = await t.make.staff([role]);
      const res = await t.http().post('/api/access-requests').set(auth)
        .send({ settingId: setting.id, caseId: supportCase.id, justification: JUSTIFICATION, scopes: ['children'] });
      expect(res.status, role).toBe(403);
    }
  });

  it('creates a pending request for one setting and one case, with the default length and a 24-hour decision window', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const res = await t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: setting.id, caseId: supportCase.id, justification: `  ${JUSTIFICATION}  `, scopes: ['children', 'observations'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      settingId: setting.id, caseId: supportCase.id, requesterId: dev.staff.id, justification: JUSTIFICATION,
      scopes: ['children', 'observations'], minutes: t.config.accessDefaultMinutes, status: 'pending',
      approverId: null, startsAt: null, expiresAt: null,
      consent: { status: 'not_asked', by: null, method: null, at: null },
    });
    expect(new Date(res.body.respondBy).getTime() - t.clock.now().getTime()).toBe(24 * HOUR);
    const [event] = await kit.auditOf(res.body.id, 'access.requested');
    expect(event).toMatchObject({ actor_id: dev.staff.id, setting_id: setting.id, detail: { caseId: supportCase.id, scopes: ['children', 'observations'] } });
  });

  it('accepts a case that is under investigation, and the longest allowed length', async () => {
    const { setting, dev } = await kit.scenario();
    const investigating = await t.make.supportCase(setting.id, { status: 'investigating' });
    const body = await kit.request(dev, setting.id, investigating.id, { minutes: t.config.accessMaxMinutes });
    expect(body.minutes).toBe(t.config.accessMaxMinutes);
  });

  it('refuses missing and malformed fields with a 400 naming each of them', async () => {
    const { dev } = await kit.scenario();
    const res = await t.http().post('/api/access-requests').set(dev.auth).send({});
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['settingId', 'caseId', 'justification', 'scopes']));

    const bad = await t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: 'nope', caseId: randomUUID(), justification: '   ', scopes: ['children', 'passwords'], minutes: 0 });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(['settingId', 'justification', 'scopes', 'minutes']));
  });

  it('refuses an empty, repeated or null list of kinds, and a length that is null or not a whole number', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const base = { settingId: setting.id, caseId: supportCase.id, justification: JUSTIFICATION };
    for (const extra of [{ scopes: [] }, { scopes: ['children', 'children'] }, { scopes: 'children' }, { scopes: null }, { scopes: ['children'], minutes: 'ten' }, { scopes: ['children'], minutes: 12.5 }, { scopes: ['children'], minutes: null }]) {
      const res = await t.http().post('/api/access-requests').set(dev.auth).send({ ...base, ...extra });
      expect(res.status, JSON.stringify(extra)).toBe(400);
    }
  });

  it('refuses fields the server keeps, naming them', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const res = await t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: setting.id, caseId: supportCase.id, justification: JUSTIFICATION, scopes: ['children'], status: 'active', requesterId: randomUUID() });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/status/);
    expect(res.body.message).toMatch(/requesterId/);
  });

  it('refuses a length over ACCESS_MAX_MINUTES with a 400 that says the limit', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const res = await t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: setting.id, caseId: supportCase.id, justification: JUSTIFICATION, scopes: ['children'], minutes: t.config.accessMaxMinutes + 1 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(new RegExp(`minutes must be at most ${t.config.accessMaxMinutes}`));
  });

  it('refuses an unknown setting, an unknown case and a case of another setting with 400', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const other = await t.make.setting();
    const otherCase = await t.make.supportCase(other.id);
    const send = (settingId: string, caseId: string) => t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId, caseId, justification: JUSTIFICATION, scopes: ['children'] });
    const unknownSetting = await send(randomUUID(), supportCase.id);
    expect(unknownSetting.status).toBe(400);
    expect(unknownSetting.body.message).toMatch(/settingId/);
    const unknownCase = await send(setting.id, randomUUID());
    expect(unknownCase.status).toBe(400);
    expect(unknownCase.body.message).toMatch(/caseId/);
    const wrongCase = await send(setting.id, otherCase.id);
    expect(wrongCase.status).toBe(400);
    expect(wrongCase.body.message).toMatch(/another setting/);
  });

  it('refuses a resolved case with 409', async () => {
    const { setting, dev } = await kit.scenario();
    const resolved = await t.make.supportCase(setting.id, { status: 'resolved' });
    const res = await t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: setting.id, caseId: resolved.id, justification: JUSTIFICATION, scopes: ['children'] });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/resolved/);
  });

  it('refuses a second open request by the same developer for the same case with 409', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    await kit.request(dev, setting.id, supportCase.id);
    const res = await t.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: setting.id, caseId: supportCase.id, justification: JUSTIFICATION, scopes: ['media'] });
    expect(res.status).toBe(409);
  });
});

describe('GET /api/access-requests', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get('/api/access-requests')).status).toBe(401);
    expect((await t.http().get(`/api/access-requests/${randomUUID()}`)).status).toBe(401);
  });

  it('is refused to support and admin', async () => {
    for (const role of ['support', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().get('/api/access-requests').set(auth)).status, role).toBe(403);
      expect((await t.http().get(`/api/access-requests/${randomUUID()}`).set(auth)).status, role).toBe(403);
    }
  });

  it('shows a developer only their own requests, and another developer\u2019s as 404', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const mine = await kit.request(dev, setting.id, supportCase.id);
    const other = await t.make.staff(['developer']);
    const theirs = await kit.request(other, setting.id, supportCase.id);
    const list = await t.http().get('/api/access-requests').query({ range: '[0,999]' }).set(dev.auth);
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toMatch(/^access-requests /);
    const ids = (list.body as { id: string; requesterId: string }[]).map((r) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect((list.body as { requesterId: string }[]).every((r) => r.requesterId === dev.staff.id)).toBe(true);
    expect((await t.http().get(`/api/access-requests/${theirs.id}`).set(dev.auth)).status).toBe(404);
    expect((await t.http().get(`/api/access-requests/${mine.id}`).set(dev.auth)).body.id).toBe(mine.id);
  });

  it('shows IT managers and SMT every request, and a setting\u2019s whole history through the settingId filter', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const first = await kit.request(dev, setting.id, supportCase.id);
    await kit.approve(itm, first.id);
    const other = await t.make.staff(['developer']);
    const second = await kit.request(other, setting.id, supportCase.id);
    const elsewhere = await kit.grant();
    for (const role of ['it_manager', 'smt'] as const) {
      const { auth } = await t.make.staff([role]);
      const res = await t.http().get('/api/access-requests').query({ filter: JSON.stringify({ settingId: setting.id }) }).set(auth);
      expect(res.status, role).toBe(200);
      expect((res.body as { id: string }[]).map((r) => r.id).sort(), role).toEqual([first.id, second.id].sort());
      expect(res.headers['content-range'], role).toBe('access-requests 0-1/2');
      expect((await t.http().get(`/api/access-requests/${elsewhere.request.id}`).set(auth)).status, role).toBe(200);
    }
  });

  it('filters by the status as of now, so a grant past its expiry is listed as expired before any sweep', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id, { minutes: 5 });
    await kit.approve(itm, req.id);
    const smt = await t.make.staff(['smt']);
    const ids = async (status: string) => ((await t.http().get('/api/access-requests')
      .query({ filter: JSON.stringify({ settingId: setting.id, status }) }).set(smt.auth)).body as { id: string }[]).map((r) => r.id);
    expect(await ids('active')).toEqual([req.id]);
    t.clock.advance(6 * MINUTE);
    await kit.signIn(smt);
    expect(await ids('active')).toEqual([]);
    expect(await ids('expired')).toEqual([req.id]);
    const one = await t.http().get(`/api/access-requests/${req.id}`).set(smt.auth);
    expect(one.body).toMatchObject({ status: 'expired', endReason: 'expired', endedAt: one.body.expiresAt });
  });

  it('refuses an unknown status filter with 400', async () => {
    const { auth } = await t.make.staff(['smt']);
    const res = await t.http().get('/api/access-requests').query({ filter: JSON.stringify({ status: 'open-ish' }) }).set(auth);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/status/);
  });

  it('answers 404 for an id that is not a UUID or names nothing', async () => {
    const { auth } = await t.make.staff(['it_manager']);
    expect((await t.http().get('/api/access-requests/not-an-id').set(auth)).status).toBe(404);
    expect((await t.http().get(`/api/access-requests/${randomUUID()}`).set(auth)).status).toBe(404);
  });
});

describe('POST /api/access-requests/:id/approve', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(`/api/access-requests/${randomUUID()}/approve`)).status).toBe(401);
  });

  it('is refused to every role but it_manager', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    for (const role of ['developer', 'support', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post(`/api/access-requests/${req.id}/approve`).set(auth)).status, role).toBe(403);
    }
    expect((await t.http().get(`/api/access-requests/${req.id}`).set((await t.make.staff(['smt'])).auth)).body.status).toBe('pending');
  });

  it('starts the grant at once when the setting\u2019s consent policy is contract', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario({ consentPolicy: 'contract' });
    const req = await kit.request(dev, setting.id, supportCase.id, { minutes: 90 });
    const res = await t.http().post(`/api/access-requests/${req.id}/approve`).set(itm.auth);
    expect(res.status).toBe(200);
    const now = t.clock.now().getTime();
    expect(res.body).toMatchObject({
      status: 'active', approverId: itm.staff.id, respondBy: null,
      consent: { status: 'granted', method: 'contract', by: null },
    });
    expect(new Date(res.body.startsAt).getTime()).toBe(now);
    expect(new Date(res.body.expiresAt).getTime()).toBe(now + 90 * MINUTE);
    const actions = (await kit.auditOf(req.id)).map((e) => e.action);
    expect(actions).toEqual(['access.requested', 'access.approved', 'access.grant_started']);
  });

  it('refuses a requester approving their own request even when they are also an IT manager', async () => {
    const { setting, supportCase } = await kit.scenario();
    const both = await t.make.staff(['developer', 'it_manager']);
    const req = await kit.request(both, setting.id, supportCase.id);
    const res = await t.http().post(`/api/access-requests/${req.id}/approve`).set(both.auth);
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/own/);
    expect((await t.http().post(`/api/access-requests/${req.id}/deny`).set(both.auth).send({ reason: 'never mind' })).status).toBe(403);
    expect((await t.http().get(`/api/access-requests/${req.id}`).set(both.auth)).body.status).toBe('pending');
    const content = await t.http().get(`/api/settings/${setting.id}/children`).set(both.auth);
    expect(content.status).toBe(403);
  });

  it('lets a colleague who holds both roles approve someone else\u2019s request', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const both = await t.make.staff(['developer', 'it_manager']);
    const req = await kit.request(dev, setting.id, supportCase.id);
    expect((await t.http().post(`/api/access-requests/${req.id}/approve`).set(both.auth)).status).toBe(200);
  });

  it('refuses approving twice with 409', async () => {
    const { request, it: itm } = await kit.grant();
    const res = await t.http().post(`/api/access-requests/${request.id}/approve`).set(itm.auth);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/active/);
  });

  it('refuses approving a denied request with 409', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    expect((await t.http().post(`/api/access-requests/${req.id}/deny`).set(itm.auth).send({ reason: 'Use the logs first' })).status).toBe(200);
    const res = await t.http().post(`/api/access-requests/${req.id}/approve`).set(itm.auth);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/denied/);
  });

  it('expires a request left undecided for 24 hours, and then refuses to approve it with 409', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    await kit.advance(24 * HOUR, itm, dev);
    const shown = await t.http().get(`/api/access-requests/${req.id}`).set(itm.auth);
    expect(shown.body).toMatchObject({ status: 'expired', endReason: 'undecided', respondBy: null });
    const res = await t.http().post(`/api/access-requests/${req.id}/approve`).set(itm.auth);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/expired/);
    await kit.sweep(setting.id);
    const [event] = await kit.auditOf(req.id, 'access.request_expired');
    expect(event).toMatchObject({ actor_id: null, detail: { was: 'pending' } });
    const rows: { status: string }[] = await t.db.query('SELECT status FROM access_requests WHERE id = $1', [req.id]);
    expect(rows[0]!.status).toBe('expired');
  });

  it('answers 404 for an unknown request', async () => {
    const { auth } = await t.make.staff(['it_manager']);
    expect((await t.http().post(`/api/access-requests/${randomUUID()}/approve`).set(auth)).status).toBe(404);
  });
});

describe('POST /api/access-requests/:id/deny', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(`/api/access-requests/${randomUUID()}/deny`).send({ reason: 'x' })).status).toBe(401);
  });

  it('is refused to every role but it_manager', async () => {
    const { setting, supportCase, dev } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    for (const role of ['developer', 'support', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post(`/api/access-requests/${req.id}/deny`).set(auth).send({ reason: 'no' })).status, role).toBe(403);
    }
  });

  it('needs a reason', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    for (const body of [{}, { reason: '  ' }, { reason: 42 }]) {
      const res = await t.http().post(`/api/access-requests/${req.id}/deny`).set(itm.auth).send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message).toMatch(/reason/);
    }
  });

  it('denies with the reason recorded and audited, and refuses deciding again with 409', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    const res = await t.http().post(`/api/access-requests/${req.id}/deny`).set(itm.auth).send({ reason: 'The error log is enough for this one.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'denied', approverId: itm.staff.id, decisionReason: 'The error log is enough for this one.', startsAt: null });
    const [event] = await kit.auditOf(req.id, 'access.denied');
    expect(event).toMatchObject({ actor_id: itm.staff.id, detail: { reason: 'The error log is enough for this one.' } });
    expect((await t.http().post(`/api/access-requests/${req.id}/deny`).set(itm.auth).send({ reason: 'again' })).status).toBe(409);
  });
});

describe('POST /api/access-requests/:id/revoke', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(`/api/access-requests/${randomUUID()}/revoke`)).status).toBe(401);
  });

  it('is refused to support, smt and admin', async () => {
    const { request } = await kit.grant();
    for (const role of ['support', 'smt', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      expect((await t.http().post(`/api/access-requests/${request.id}/revoke`).set(auth)).status, role).toBe(403);
    }
  });

  it('lets the requester end their own live grant, closing the content at once', async () => {
    const { request, dev, setting } = await kit.grant();
    expect((await t.http().get(`/api/settings/${setting.id}/children`).set(dev.auth)).status).toBe(200);
    const res = await t.http().post(`/api/access-requests/${request.id}/revoke`).set(dev.auth).send({ reason: 'Found it, done.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'revoked', endReason: 'revoked', endedById: dev.staff.id });
    expect((await t.http().get(`/api/settings/${setting.id}/children`).set(dev.auth)).status).toBe(403);
    const [event] = await kit.auditOf(request.id, 'access.revoked');
    expect(event).toMatchObject({ actor_id: dev.staff.id, detail: { was: 'active', reason: 'Found it, done.' } });
  });

  it('lets any IT manager revoke a grant, the approver or not', async () => {
    const { request, dev, setting } = await kit.grant();
    const another = await t.make.staff(['it_manager']);
    const res = await t.http().post(`/api/access-requests/${request.id}/revoke`).set(another.auth);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('revoked');
    expect((await t.http().get(`/api/settings/${setting.id}/children`).set(dev.auth)).status).toBe(403);
  });

  it('lets the requester withdraw a request still waiting for a decision', async () => {
    const { setting, supportCase, dev, it: itm } = await kit.scenario();
    const req = await kit.request(dev, setting.id, supportCase.id);
    expect((await t.http().post(`/api/access-requests/${req.id}/revoke`).set(dev.auth)).body.status).toBe('revoked');
    expect((await t.http().post(`/api/access-requests/${req.id}/approve`).set(itm.auth)).status).toBe(409);
  });

  it('hides another developer\u2019s grant from a developer with 404', async () => {
    const { request } = await kit.grant();
    const other = await t.make.staff(['developer']);
    expect((await t.http().post(`/api/access-requests/${request.id}/revoke`).set(other.auth)).status).toBe(404);
  });

  it('refuses revoking what is already over with 409', async () => {
    const { request, it: itm } = await kit.grant();
    expect((await t.http().post(`/api/access-requests/${request.id}/revoke`).set(itm.auth)).status).toBe(200);
    expect((await t.http().post(`/api/access-requests/${request.id}/revoke`).set(itm.auth)).status).toBe(409);
    const { setting, supportCase, dev } = await kit.scenario();
    const denied = await kit.request(dev, setting.id, supportCase.id);
    await t.http().post(`/api/access-requests/${denied.id}/deny`).set(itm.auth).send({ reason: 'no' });
    expect((await t.http().post(`/api/access-requests/${denied.id}/revoke`).set(dev.auth)).status).toBe(409);
  });
});
