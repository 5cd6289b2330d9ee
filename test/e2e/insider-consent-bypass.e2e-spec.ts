import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { Setting } from '../../server/src/settings/setting.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => { t = await startApp({ PUBLIC_URL: 'https://custodian.example.test' }); kit = accessKit(t); });
afterAll(async () => { await t.close(); });

const DAY = 24 * 60 * 60_000;

async function perRequestSetting() {
  const dpoEmail = `${uniq('dpo')}@setting.test`;
  const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail });
  const support = await t.make.staff(['support']);
  return { ...s, support, dpoEmail };
}

const stored = (id: string) => t.db.getRepository(Setting).findOneByOrFail({ id });

/** The single-use link's token from the email to the DPO about this setting. */
async function changeToken(settingId: string, to: string) {
  const mails = await t.db.getRepository(OutboxMessage).find({ where: { settingId, to, kind: 'setting.change_requested' }, order: { createdAt: 'DESC' } });
  const token = /\/#\/setting-changes\/([A-Za-z0-9_-]+)/.exec(mails[0]?.body ?? '')?.[1];
  expect(token, mails[0]?.body).toBeDefined();
  return token!;
}

async function settingAudit(settingId: string) {
  const rows: { action: string; detail: Record<string, unknown> }[] = await t.db.query(
    'SELECT action, detail FROM audit_events WHERE subject_id = $1 ORDER BY seq', [settingId]);
  return rows;
}

describe('a support user loosening consent to let an access request through', () => {
  it('answers 401 and 403 before anything else on the setting routes', async () => {
    const s = await perRequestSetting();
    expect((await t.http().put(`/api/settings/${s.setting.id}`).send({ consentPolicy: 'contract' })).status).toBe(401);
    expect((await t.http().put(`/api/settings/${s.setting.id}`).set(s.it.auth).send({ consentPolicy: 'contract' })).status).toBe(403);
    expect((await stored(s.setting.id)).consentPolicy).toBe('per_request');
  });

  it('holds a switch from per_request to contract for the DPO, and the IT manager\'s approval still asks the customer', async () => {
    const s = await perRequestSetting();
    const res = await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.consentPolicy).toBe('per_request');
    expect(res.body.pendingChange).toMatchObject({ fields: ['consentPolicy'], requestedBy: s.support.staff.id });
    expect(res.body.pendingChange.requestedAt).toBeDefined();
    expect((await stored(s.setting.id)).consentPolicy).toBe('per_request');
    expect((await t.http().get(`/api/settings/${s.setting.id}`).set(s.dev.auth)).body.pendingChange.fields).toEqual(['consentPolicy']);

    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    const approved = await kit.approve(s.it, request.id);
    expect(approved.status).toBe('awaiting_consent');
    expect((await t.http().get(`/api/settings/${s.setting.id}/children`).set(s.dev.auth)).status).toBe(403);
    // The DPO of record was told, with a link to confirm.
    await changeToken(s.setting.id, s.dpoEmail);
  });

  it('holds a DPO address pointed at the insider, and the consent link still goes to the real DPO', async () => {
    const s = await perRequestSetting();
    const mine = `${uniq('insider')}@staff.test`;
    const res = await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ dpoEmail: mine });
    expect(res.status).toBe(200);
    expect(res.body.dpoEmail).toBe(s.dpoEmail);
    expect(res.body.pendingChange.fields).toEqual(['dpoEmail']);
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    const { mail } = await kit.consentToken(request.id);
    expect(mail.to).toBe(s.dpoEmail);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: mine })).toBe(0);
    // The confirmation goes to the DPO of record, never to the address being proposed.
    await changeToken(s.setting.id, s.dpoEmail);
  });

  it('holds a DPO address being cleared (the consent link would fall back to the office)', async () => {
    const s = await perRequestSetting();
    const res = await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ dpoEmail: null });
    expect(res.status).toBe(200);
    expect(res.body.pendingChange.fields).toEqual(['dpoEmail']);
    expect((await stored(s.setting.id)).dpoEmail).toBe(s.dpoEmail);
  });

  it('holds both at once, with the others applied and audited with their values before and after', async () => {
    const s = await perRequestSetting();
    const res = await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth)
      .send({ consentPolicy: 'contract', dpoEmail: 'someone-else@setting.test', contactPhone: '01223 111111' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ consentPolicy: 'per_request', dpoEmail: s.dpoEmail, contactPhone: '01223 111111' });
    expect(res.body.pendingChange.fields.sort()).toEqual(['consentPolicy', 'dpoEmail']);
    const audit = await settingAudit(s.setting.id);
    expect(audit.find((a) => a.action === 'setting.update')!.detail.changes).toEqual({ contactPhone: { before: '01223 000000', after: '01223 111111' } });
    expect(audit.find((a) => a.action === 'setting.change_requested')!.detail.changes).toEqual({
      consentPolicy: { before: 'per_request', after: 'contract' }, dpoEmail: { before: s.dpoEmail, after: 'someone-else@setting.test' },
    });
  });

  it('cannot confirm its own change without the emailed token (a guessed or empty one changes nothing)', async () => {
    const s = await perRequestSetting();
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    for (const token of ['guess', 'x'.repeat(43), 'x'.repeat(500)]) {
      const res = await t.http().post(`/api/public/setting-changes/${token}`).send({ decision: 'confirm', name: 'Not The DPO' });
      expect(res.status).toBe(404);
    }
    expect((await stored(s.setting.id)).consentPolicy).toBe('per_request');
  });

  it('ignores a pendingChange sent back on PUT, and a second PUT replaces the waiting change (the old link is spent)', async () => {
    const s = await perRequestSetting();
    const first = await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    const oldToken = await changeToken(s.setting.id, s.dpoEmail);
    const echo = await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ id: first.body.id, consentPolicy: first.body.consentPolicy, updatedAt: first.body.updatedAt, pendingChange: { fields: [] } });
    expect(echo.status, echo.text).toBe(200);
    expect(echo.body.pendingChange.fields).toEqual(['consentPolicy']);
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ dpoEmail: 'another@setting.test' });
    const stale = await t.http().post(`/api/public/setting-changes/${oldToken}`).send({ decision: 'confirm', name: 'Dana Protection' });
    expect(stale.status).toBe(409);
    expect((await stored(s.setting.id)).consentPolicy).toBe('per_request');
  });
});

describe('the DPO\'s link', () => {
  it('shows the change, applies it once on confirm, and refuses a replay with 409', async () => {
    const s = await perRequestSetting();
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    const token = await changeToken(s.setting.id, s.dpoEmail);
    const shown = await t.http().get(`/api/public/setting-changes/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ state: 'open', settingName: s.setting.name, fields: ['consentPolicy'], changes: { consentPolicy: { before: 'per_request', after: 'contract' } } });
    const res = await t.http().post(`/api/public/setting-changes/${token}`).send({ decision: 'confirm', name: 'Dana Protection' });
    expect(res.status, res.text).toBe(200);
    expect((await stored(s.setting.id)).consentPolicy).toBe('contract');
    expect((await t.http().get(`/api/settings/${s.setting.id}`).set(s.support.auth)).body.pendingChange).toBeNull();
    const again = await t.http().post(`/api/public/setting-changes/${token}`).send({ decision: 'reject', name: 'Dana Protection' });
    expect(again.status).toBe(409);
    expect((await stored(s.setting.id)).consentPolicy).toBe('contract');
    const audit = await settingAudit(s.setting.id);
    expect(audit.find((a) => a.action === 'setting.change_confirmed')!.detail).toMatchObject({ name: 'Dana Protection', changes: { consentPolicy: { before: 'per_request', after: 'contract' } } });
  });

  it('drops the change on reject', async () => {
    const s = await perRequestSetting();
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ dpoEmail: 'insider@staff.test' });
    const token = await changeToken(s.setting.id, s.dpoEmail);
    expect((await t.http().post(`/api/public/setting-changes/${token}`).send({ decision: 'reject', name: 'Dana Protection' })).status).toBe(200);
    expect((await stored(s.setting.id)).dpoEmail).toBe(s.dpoEmail);
    expect((await t.http().get(`/api/public/setting-changes/${token}`)).body.state).toBe('rejected');
  });

  it('shows the waiting change on the settings list exactly as on the setting, and not once it has lapsed', async () => {
    const s = await perRequestSetting();
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    const listed = async (auth = s.support.auth) => {
      const res = await t.http().get('/api/settings').query({ filter: JSON.stringify({ id: [s.setting.id] }) }).set(auth);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toHaveLength(1);
      return res.body[0];
    };
    const one = (await t.http().get(`/api/settings/${s.setting.id}`).set(s.support.auth)).body;
    expect(one.pendingChange).toMatchObject({ fields: ['consentPolicy'], values: { consentPolicy: 'contract' }, requestedBy: s.support.staff.id });
    expect((await listed()).pendingChange).toEqual(one.pendingChange);
    t.clock.advance(7 * DAY + 1000);
    const later = await t.make.staff(['support']); // the sessions from a week ago have ended
    expect((await listed(later.auth)).pendingChange).toBeNull();
    expect((await t.http().get(`/api/settings/${s.setting.id}`).set(later.auth)).body.pendingChange).toBeNull();
  });

  it('lapses after 7 days: 409 and nothing applied', async () => {
    const s = await perRequestSetting();
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    const token = await changeToken(s.setting.id, s.dpoEmail);
    t.clock.advance(7 * DAY + 1000);
    const res = await t.http().post(`/api/public/setting-changes/${token}`).send({ decision: 'confirm', name: 'Dana Protection' });
    expect(res.status).toBe(409);
    expect((await stored(s.setting.id)).consentPolicy).toBe('per_request');
  });

  it('refuses a malformed answer with 400 and applies nothing', async () => {
    const s = await perRequestSetting();
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract' });
    const token = await changeToken(s.setting.id, s.dpoEmail);
    for (const body of [{ decision: 'approve', name: 'X' }, { decision: 'confirm' }, { decision: 'confirm', name: '  ' }, { decision: 'confirm', name: 'X', consentPolicy: 'contract' }]) {
      expect((await t.http().post(`/api/public/setting-changes/${token}`).send(body)).status).toBe(400);
    }
    expect((await stored(s.setting.id)).consentPolicy).toBe('per_request');
    expect((await t.http().get(`/api/public/setting-changes/${token}`)).body.state).toBe('open');
  });
});

describe('what applies at once', () => {
  it('tightens consent (contract to per_request) at once, audited with before and after', async () => {
    const s = await kit.scenario({ consentPolicy: 'contract' });
    const support = await t.make.staff(['support']);
    const res = await t.http().put(`/api/settings/${s.setting.id}`).set(support.auth).send({ consentPolicy: 'per_request' });
    expect(res.body).toMatchObject({ consentPolicy: 'per_request', pendingChange: null });
    const audit = await settingAudit(s.setting.id);
    expect(audit.find((a) => a.action === 'setting.update')!.detail.changes).toEqual({ consentPolicy: { before: 'contract', after: 'per_request' } });
  });

  it('sets a first DPO address at once', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: null });
    const support = await t.make.staff(['support']);
    const res = await t.http().put(`/api/settings/${s.setting.id}`).set(support.auth).send({ dpoEmail: 'first-dpo@setting.test' });
    expect(res.body).toMatchObject({ dpoEmail: 'first-dpo@setting.test', pendingChange: null });
  });

  it('audits a new setting with the values it was created with', async () => {
    const support = await t.make.staff(['support']);
    const res = await t.http().post('/api/settings').set(support.auth).send({ name: uniq('Audited Nursery'), kind: 'nursery', dpoEmail: 'dpo@audited.test' });
    expect(res.status).toBe(201);
    const audit = await settingAudit(res.body.id);
    expect(audit[0]!.detail.changes).toMatchObject({ dpoEmail: { before: null, after: 'dpo@audited.test' }, consentPolicy: { before: null, after: 'per_request' } });
  });
});

describe('a request keeps the consent terms it was made under', () => {
  it('still asks the DPO it was made under after the setting moves to contract with a new DPO', async () => {
    const s = await perRequestSetting();
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    expect(request.consent).toMatchObject({ policy: 'per_request', dpoEmail: s.dpoEmail });
    await t.http().put(`/api/settings/${s.setting.id}`).set(s.support.auth).send({ consentPolicy: 'contract', dpoEmail: 'new-dpo@setting.test' });
    const token = await changeToken(s.setting.id, s.dpoEmail);
    expect((await t.http().post(`/api/public/setting-changes/${token}`).send({ decision: 'confirm', name: 'Dana Protection' })).status).toBe(200);
    expect(await stored(s.setting.id)).toMatchObject({ consentPolicy: 'contract', dpoEmail: 'new-dpo@setting.test' });

    const approved = await kit.approve(s.it, request.id);
    expect(approved.status).toBe('awaiting_consent');
    const { mail } = await kit.consentToken(request.id);
    expect(mail.to).toBe(s.dpoEmail);
    const shown = await t.http().get(`/api/access-requests/${request.id}`).set(s.it.auth);
    expect(shown.body.consent).toMatchObject({ policy: 'per_request', dpoEmail: s.dpoEmail });
  });
});
