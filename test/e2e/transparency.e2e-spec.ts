import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { TransparencyService } from '../../server/src/transparency/transparency.service.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp();
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

/** A grant in mid-March 2027 and two reads under it. */
async function accessedInMarch() {
  t.clock.set(new Date('2027-03-15T10:00:00Z'));
  const g = await kit.grant({ scopes: ['children', 'observations'] });
  expect((await t.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth)).status).toBe(200);
  expect((await t.http().get(`/api/settings/${g.setting.id}/observations/${g.content.observations[0]!.id}`).set(g.dev.auth)).status).toBe(200);
  return g;
}

describe('the access report', () => {
  it('refuses without a session, and anyone but it_manager and smt', async () => {
    const setting = await t.make.setting();
    expect((await t.http().get(`/api/settings/${setting.id}/access-report`)).status).toBe(401);
    for (const role of ['support', 'developer', 'admin'] as const) {
      const who = await t.make.staff([role]);
      expect((await t.http().get(`/api/settings/${setting.id}/access-report`).set(who.auth)).status, role).toBe(403);
    }
  });

  it('lists every content access: who, role, when, case, justification, kinds, record count', async () => {
    const g = await accessedInMarch();
    const other = await t.make.setting();
    const res = await t.http().get(`/api/settings/${g.setting.id}/access-report`)
      .query({ from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' }).set(g.it.auth);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({
      at: '2027-03-15T10:00:00.000Z', staffId: g.dev.staff.id, staffName: g.dev.staff.name, roles: ['developer'], action: 'read',
      caseId: g.supportCase.id, caseTitle: g.supportCase.title, kinds: ['children'], recordCount: 3, grantId: g.request.id,
    });
    expect(res.body[0].justification).toContain('diary export');
    expect(res.body[1]).toMatchObject({ kinds: ['observations'], recordCount: 1 });
    const none = await t.http().get(`/api/settings/${other.id}/access-report`).query({ from: '2027-03-01', to: '2027-04-01' }).set(g.it.auth);
    expect(none.body).toEqual([]);
    const outside = await t.http().get(`/api/settings/${g.setting.id}/access-report`).query({ from: '2027-03-16', to: '2027-04-01' }).set(g.it.auth);
    expect(outside.body).toEqual([]);
  });

  it('answers CSV when asked with Accept: text/csv', async () => {
    const g = await accessedInMarch();
    const smt = await t.make.staff(['smt']);
    const res = await t.http().get(`/api/settings/${g.setting.id}/access-report`).query({ from: '2027-03-01', to: '2027-04-01' })
      .set(smt.auth).set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe('at,staffName,roles,action,caseTitle,justification,kinds,recordCount,staffId,caseId,grantId');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(g.dev.staff.name);
  });

  it('refuses bad dates (400) and an unknown setting (404)', async () => {
    const smt = await t.make.staff(['smt']);
    const setting = await t.make.setting();
    expect((await t.http().get(`/api/settings/${setting.id}/access-report`).query({ from: 'yesterday' }).set(smt.auth)).status).toBe(400);
    expect((await t.http().get(`/api/settings/${setting.id}/access-report`).query({ from: '2027-04-01', to: '2027-03-01' }).set(smt.auth)).status).toBe(400);
    expect((await t.http().get('/api/settings/00000000-0000-4000-8000-000000000000/access-report').set(smt.auth)).status).toBe(404);
    expect((await t.http().get(`/api/settings/${setting.id}/access-report`).query({ filter: '{"constructor":"x"}' }).set(smt.auth)).status).toBe(400);
  });
});

describe('the monthly report to each DPO', () => {
  it('on the 1st emails the DPO of each setting accessed the month before, exactly once', async () => {
    const g = await accessedInMarch();
    const quiet = await t.make.setting();
    const service = t.app.get(TransparencyService);
    t.clock.set(new Date('2027-03-31T23:00:00Z'));
    await service.sendMonthly();
    expect(await t.db.getRepository(OutboxMessage).countBy({ settingId: g.setting.id, kind: 'transparency.monthly' })).toBe(0);

    t.clock.set(new Date('2027-04-01T00:07:00Z'));
    expect(await service.sendMonthly()).toBeGreaterThanOrEqual(1);
    t.clock.set(new Date('2027-04-01T01:07:00Z'));
    await service.sendMonthly();
    t.clock.set(new Date('2027-04-09T01:07:00Z'));
    await service.sendMonthly();
    const mails = await t.db.getRepository(OutboxMessage).findBy({ settingId: g.setting.id, kind: 'transparency.monthly' });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(g.setting.dpoEmail);
    expect(mails[0]!.subject).toContain('2027-03');
    expect(mails[0]!.body).toContain(g.dev.staff.name);
    expect(mails[0]!.body).toContain(g.supportCase.title);
    expect(await t.db.getRepository(OutboxMessage).countBy({ settingId: quiet.id, kind: 'transparency.monthly' })).toBe(0);
    expect(await t.db.getRepository(AuditEvent).countBy({ settingId: g.setting.id, action: 'setting.access_report_sent' })).toBe(1);
  });
});
