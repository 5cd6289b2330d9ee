import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../server/src/common/clock.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp({ PUBLIC_URL: 'https://custodian.example.test' });
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

/** A per-request setting whose request the IT manager has approved: it waits for the DPO. */
async function awaitingConsent(minutes = 60) {
  const s = await kit.scenario({ consentPolicy: 'per_request' });
  const request = await kit.request(s.dev, s.setting.id, s.supportCase.id, { minutes, scopes: ['children', 'media'] });
  const approved = await kit.approve(s.it, request.id);
  const { token, mail } = await kit.consentToken(request.id);
  return { ...s, request: approved, token, mail };
}

const answer = (token: string, body: object) => t.http().post(`/api/public/consent/${token}`).send(body);
const children = (auth: Record<string, string>, settingId: string) => t.http().get(`/api/settings/${settingId}/children`).set(auth);

describe('approval of a per-request setting', () => {
  it('waits for the customer: awaiting_consent, nothing opened, and the DPO emailed a single-use link', async () => {
    const { request, setting, dev, it: itm, mail, token } = await awaitingConsent();
    expect(request).toMatchObject({ status: 'awaiting_consent', approverId: itm.staff.id, startsAt: null, expiresAt: null, consent: { status: 'requested', method: 'email_link', by: null } });
    expect(new Date(request.respondBy as string).getTime()).toBe(t.clock.now().getTime() + 24 * HOUR);
    expect((await children(dev.auth, setting.id)).status).toBe(403);
    expect(mail).toMatchObject({ to: setting.dpoEmail, kind: 'access.consent', settingId: setting.id, status: 'captured' });
    expect(mail.body).toContain(`https://custodian.example.test/#/consent/${token}`);
    expect(mail.body).toContain(setting.name);
    expect(mail.body).toMatch(/children's records, photos and media/);
    const [event] = await kit.auditOf(request.id, 'access.consent_requested');
    expect(event).toMatchObject({ actor_id: itm.staff.id, detail: { to: setting.dpoEmail } });
  });

  it('stores only a hash of the token', async () => {
    const { request, token } = await awaitingConsent();
    const rows: { token_hash: string; expires_at: Date }[] = await t.db.query('SELECT token_hash, expires_at FROM access_consent_tokens WHERE request_id = $1', [request.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toContain(token);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(rows[0]!.expires_at.toISOString()).toBe(request.respondBy);
  });

  it('writes the email in the approval\u2019s transaction: a refused approval leaves no email and nothing changed', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: null, contactEmail: null });
    const req = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    const res = await t.http().post(`/api/access-requests/${req.id}/approve`).set(s.it.auth);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/no DPO or contact email/);
    expect(await t.db.getRepository(OutboxMessage).countBy({ idempotencyKey: `access-consent:${req.id}` })).toBe(0);
    expect((await t.http().get(`/api/access-requests/${req.id}`).set(s.it.auth)).body.status).toBe('pending');
  });

  it('asks the setting\u2019s office when it names no DPO', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: null });
    const req = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, req.id);
    expect((await kit.consentToken(req.id)).mail.to).toBe(s.setting.contactEmail);
  });
});

describe('GET /api/public/consent/:token', () => {
  it('shows the DPO, without a login, what they are asked to agree to', async () => {
    const { token, setting, supportCase, request } = await awaitingConsent(45);
    const res = await t.http().get(`/api/public/consent/${token}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'open', settingName: setting.name, requesterName: 'Test developer', caseTitle: supportCase.title,
      justification: request.justification, scopes: ['children', 'media'], minutes: 45,
    });
    expect(JSON.stringify(res.body)).not.toContain(request.id);
  });

  it('answers 404 for a made-up token', async () => {
    expect((await t.http().get(`/api/public/consent/${randomBytes(32).toString('base64url')}`)).status).toBe(404);
  });
});

describe('POST /api/public/consent/:token', () => {
  it('starts the grant when the DPO grants, recording and auditing their name', async () => {
    const { token, request, dev, setting } = await awaitingConsent(30);
    t.clock.advance(10 * MINUTE);
    const res = await answer(token, { decision: 'grant', name: '  Dana Protection ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ decision: 'grant', status: 'active', consent: { status: 'granted', by: 'Dana Protection', method: 'email_link' } });
    const now = t.clock.now().getTime();
    await kit.signIn(dev);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(dev.auth);
    expect(shown.body).toMatchObject({ status: 'active', consent: { status: 'granted', by: 'Dana Protection', method: 'email_link' } });
    expect(new Date(shown.body.consent.at).getTime()).toBe(now);
    expect(new Date(shown.body.startsAt).getTime()).toBe(now);
    expect(new Date(shown.body.expiresAt).getTime()).toBe(now + 30 * MINUTE);
    expect((await children(dev.auth, setting.id)).status).toBe(200);
    const [event] = await kit.auditOf(request.id, 'access.consent_granted');
    expect(event).toMatchObject({ actor_id: null, detail: { name: 'Dana Protection', sentTo: setting.dpoEmail } });
  });

  it('closes the request when the DPO refuses, and nothing opens', async () => {
    const { token, request, dev, setting, it: itm } = await awaitingConsent();
    const res = await answer(token, { decision: 'refuse', name: 'Dana Protection' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ decision: 'refuse', status: 'denied', consent: { status: 'refused', by: 'Dana Protection' } });
    expect((await children(dev.auth, setting.id)).status).toBe(403);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(itm.auth);
    expect(shown.body).toMatchObject({ status: 'denied', endReason: 'consent_refused', startsAt: null });
    expect((await t.http().post(`/api/access-requests/${request.id}/approve`).set(itm.auth)).status).toBe(409);
    expect(await kit.auditOf(request.id, 'access.consent_refused')).toHaveLength(1);
  });

  it('works once: a replayed link is refused with 409 and changes nothing', async () => {
    const { token, request, it: itm } = await awaitingConsent();
    expect((await answer(token, { decision: 'refuse', name: 'Dana Protection' })).status).toBe(200);
    const replay = await answer(token, { decision: 'grant', name: 'Someone Else' });
    expect(replay.status).toBe(409);
    expect(replay.body.message).toMatch(/already been used/);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(itm.auth);
    expect(shown.body).toMatchObject({ status: 'denied', consent: { status: 'refused', by: 'Dana Protection' } });
    expect((await t.http().get(`/api/public/consent/${token}`)).body.state).toBe('answered');
  });

  it('refuses a forged token with 404', async () => {
    const { request, it: itm } = await awaitingConsent();
    for (const forged of [randomBytes(32).toString('base64url'), 'x', 'a'.repeat(500)]) {
      expect((await answer(forged, { decision: 'grant', name: 'Mallory' })).status).toBe(404);
    }
    expect((await t.http().get(`/api/access-requests/${request.id}`).set(itm.auth)).body.status).toBe('awaiting_consent');
  });

  it('refuses the token of another request: a link only answers for its own request', async () => {
    const first = await awaitingConsent();
    const second = await awaitingConsent();
    await answer(first.token, { decision: 'grant', name: 'Dana Protection' });
    expect((await t.http().get(`/api/access-requests/${second.request.id}`).set(second.it.auth)).body.status).toBe('awaiting_consent');
  });

  it('refuses an answer after the request expired (24 hours undecided) with 409', async () => {
    const { token, request, it: itm } = await awaitingConsent();
    await kit.advance(24 * HOUR, itm);
    const res = await answer(token, { decision: 'grant', name: 'Dana Protection' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/expired/);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(itm.auth);
    expect(shown.body).toMatchObject({ status: 'expired', consent: { status: 'expired' } });
    expect((await t.http().get(`/api/public/consent/${token}`)).body.state).toBe('closed');
  });

  it('refuses an answer after the request was withdrawn with 409', async () => {
    const { token, request, dev } = await awaitingConsent();
    expect((await t.http().post(`/api/access-requests/${request.id}/revoke`).set(dev.auth)).status).toBe(200);
    expect((await answer(token, { decision: 'grant', name: 'Dana Protection' })).status).toBe(409);
    expect((await children(dev.auth, request.settingId as string)).status).toBe(403);
  });

  it('refuses a malformed answer with a 400 naming the fields, and the link stays usable', async () => {
    const { token } = await awaitingConsent();
    const bad = await answer(token, { decision: 'maybe', name: ' ' });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['decision', 'name']);
    expect((await answer(token, { decision: 'grant', name: 'Dana Protection', role: 'admin' })).status).toBe(400);
    expect((await answer(token, { decision: 'grant', name: 'Dana Protection' })).status).toBe(200);
  });
});
