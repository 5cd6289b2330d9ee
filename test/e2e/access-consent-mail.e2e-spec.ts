import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { OutboxMessage, WITHHELD_BODY } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
let kit: ReturnType<typeof accessKit>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://custodian.example.test' }, { worker: false });
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); await sink.close(); });

describe('the consent email', () => {
  it('is queued with the approval and delivered by the worker, and the link in the delivered mail works', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id, { scopes: ['observations'] });
    await kit.approve(s.it, request.id);
    const row = await t.db.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: `access-consent:${request.id}` });
    expect(row.status).toBe('queued');
    expect(sink.to(s.setting.dpoEmail!)).toHaveLength(0);

    await t.app.get(JobsService).drain();
    const [delivered] = sink.to(s.setting.dpoEmail!);
    expect(delivered).toBeDefined();
    expect(delivered!.subject).toContain(s.setting.name);
    const token = /https:\/\/custodian\.example\.test\/#\/consent\/([A-Za-z0-9_-]+)/.exec(delivered!.text)?.[1];
    expect(token).toBeDefined();
    const res = await t.http().post(`/api/public/consent/${token}`).send({ decision: 'grant', name: 'Dana Protection' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('active');
  });

  it('never shows its single-use link to staff, and keeps no copy of it once delivered', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    const key = `access-consent:${request.id}`;
    const queued = await t.db.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: key });
    const list = await t.http().get('/api/outbox').query({ filter: JSON.stringify({ settingId: s.setting.id }) }).set(s.it.auth);
    expect(list.status).toBe(200);
    const listed = list.body.find((m: { id: string }) => m.id === queued.id);
    expect(listed.body).toBe(WITHHELD_BODY);
    const one = await t.http().get(`/api/outbox/${queued.id}`).set(s.it.auth);
    expect(one.body).toMatchObject({ sensitive: true, body: WITHHELD_BODY });
    expect(JSON.stringify([list.body, one.body])).not.toContain('/#/consent/');

    await t.app.get(JobsService).drain();
    expect(sink.to(s.setting.dpoEmail!)[0]!.text).toContain('/#/consent/');
    const sent = await t.db.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: key });
    expect(sent).toMatchObject({ status: 'sent', body: WITHHELD_BODY });
  });

  it('is sent once however often delivery is retried', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    await t.app.get(JobsService).drain();
    await t.app.get(JobsService).drain();
    expect(sink.to(s.setting.dpoEmail!)).toHaveLength(1);
  });
});

describe('the periodic sweep', () => {
  it('runs as a queued job, and leaves a live grant alone', async () => {
    // This file never moves its clock, so a sweep of the whole database here cannot expire another file's grants early.
    const g = await kit.grant();
    await t.app.get(JobsService).add('access.sweep', {});
    await t.app.get(JobsService).drain();
    expect((await t.http().get(`/api/access-requests/${g.request.id}`).set(g.it.auth)).body.status).toBe('active');
    expect((await t.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth)).status).toBe(200);
  });
});
