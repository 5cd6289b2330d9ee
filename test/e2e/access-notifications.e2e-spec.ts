import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessNotifications } from '../../server/src/access/access-notifications.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

// Every step of the access workflow tells the person who must act or who asked; the clock is moved by hand.
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp({ SESSION_IDLE_MINUTES: '1000000', SESSION_MAX_HOURS: '1000000' });
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

const MIN = 60_000;
const mails = (requestId: string, kind?: string) => t.db.getRepository(OutboxMessage).createQueryBuilder('o')
  .where('o.idempotency_key LIKE :k', { k: `access:${requestId}:%` })
  .andWhere(kind ? 'o.kind = :kind' : 'TRUE', { kind })
  .orderBy('o.created_at').getMany();

describe('a new request', () => {
  it('emails every active IT manager but the requester', async () => {
    const s = await kit.scenario();
    const other = await t.make.staff(['it_manager']);
    const both = await t.make.staff(['developer', 'it_manager']);
    const request = await kit.request(both, s.setting.id, s.supportCase.id);
    const to = (await mails(request.id, 'access.requested')).map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining([s.it.email, other.email]));
    expect(to).not.toContain(both.email);
    expect(to).not.toContain(s.dev.email);
    expect(new Set(to).size).toBe(to.length);
    const mail = (await mails(request.id, 'access.requested'))[0]!;
    expect(mail.subject).toContain(s.setting.name);
    expect(mail.body).toContain(`/#/access-requests/${request.id}/show`);
  });
});

describe('the requester is told', () => {
  it('of an approval that starts the grant', async () => {
    const s = await kit.scenario();
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    const [mail] = await mails(request.id, 'access.approved');
    expect(mail).toMatchObject({ to: s.dev.email });
    expect(mail!.body).toMatch(/live now/);
  });

  it('of an approval waiting for the customer, and then of the customer\'s answer', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    expect((await mails(request.id, 'access.approved'))[0]!.body).toMatch(/when the customer agrees/);
    const { token } = await kit.consentToken(request.id);
    await t.http().post(`/api/public/consent/${token}`).send({ decision: 'grant', name: 'Dana Protection' }).expect(200);
    const [answer] = await mails(request.id, 'access.consent_answered');
    expect(answer).toMatchObject({ to: s.dev.email, subject: expect.stringContaining('granted') });
  });

  it('of a customer\'s refusal', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request', dpoEmail: `${uniq('dpo')}@setting.test` });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    const { token } = await kit.consentToken(request.id);
    await t.http().post(`/api/public/consent/${token}`).send({ decision: 'refuse', name: 'Dana Protection' }).expect(200);
    expect((await mails(request.id, 'access.consent_answered'))[0]).toMatchObject({ to: s.dev.email, subject: expect.stringContaining('refused') });
  });

  it('of a denial, with its reason', async () => {
    const s = await kit.scenario();
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await t.http().post(`/api/access-requests/${request.id}/deny`).set(s.it.auth).send({ reason: 'Use the anonymised copy' }).expect(200);
    const [mail] = await mails(request.id, 'access.denied');
    expect(mail).toMatchObject({ to: s.dev.email });
    expect(mail!.body).toContain('Use the anonymised copy');
  });

  it('ten minutes before the grant ends, once, and then of its end by expiry', async () => {
    const s = await kit.scenario();
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id, { minutes: 60 });
    await kit.approve(s.it, request.id);
    const jobs = await t.db.query(`SELECT run_at FROM ${t.config.jobSchema}._private_jobs WHERE key = $1`, [`access:${request.id}:ending-soon`]);
    expect(jobs).toHaveLength(1);
    t.clock.advance(49 * MIN);
    await kit.sweep(s.setting.id);
    expect(await mails(request.id, 'access.ending_soon')).toHaveLength(0);
    t.clock.advance(2 * MIN);
    await kit.sweep(s.setting.id);
    await t.app.get(AccessNotifications).endingSoon([request.id]);
    t.clock.advance(MIN);
    await kit.sweep(s.setting.id);
    const soon = await mails(request.id, 'access.ending_soon');
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ to: s.dev.email, subject: expect.stringMatching(/Access ends in 9 min/) });
    expect(await mails(request.id, 'access.ended')).toHaveLength(0);
    t.clock.advance(10 * MIN);
    await kit.sweep(s.setting.id);
    await kit.sweep(s.setting.id);
    const ended = await mails(request.id, 'access.ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]!.body).toMatch(/its time ran out/);
  });

  it('of the end of a grant by revocation', async () => {
    const s = await kit.scenario();
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    await t.http().post(`/api/access-requests/${request.id}/revoke`).set(s.it.auth).send({ reason: 'Done' }).expect(200);
    const [mail] = await mails(request.id, 'access.ended');
    expect(mail).toMatchObject({ to: s.dev.email, subject: expect.stringMatching(/^Access ended/) });
    expect(mail!.body).toMatch(/it was revoked/);
  });

  it('of the end of a grant when its case is resolved', async () => {
    const s = await kit.scenario();
    const support = await t.make.staff(['support']);
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    await t.http().put(`/api/cases/${s.supportCase.id}`).set(support.auth).send({ status: 'resolved' }).expect(200);
    const [mail] = await mails(request.id, 'access.ended');
    expect(mail).toMatchObject({ to: s.dev.email });
    expect(mail!.body).toMatch(/its support case was resolved/);
  });

  it('of the end of a grant when an admin resets the developer\'s password', async () => {
    const s = await kit.scenario();
    const admin = await t.make.staff(['admin']);
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    await kit.approve(s.it, request.id);
    await t.http().post(`/api/staff/${s.dev.staff.id}/password-reset`).set(admin.auth).expect(202);
    const [mail] = await mails(request.id, 'access.ended');
    expect(mail).toMatchObject({ to: s.dev.email, subject: expect.stringMatching(/^Access ended/) });
    expect(mail!.body).toMatch(/password or two-factor sign-in was reset/);
  });

  it('sends nothing to the requester when a refused approval changes nothing', async () => {
    const s = await kit.scenario();
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    const self = await t.http().post(`/api/access-requests/${request.id}/approve`).set(s.dev.auth);
    expect(self.status).toBe(403);
    await kit.approve(s.it, request.id);
    expect((await t.http().post(`/api/access-requests/${request.id}/approve`).set(s.it.auth)).status).toBe(409);
    expect(await mails(request.id, 'access.approved')).toHaveLength(1);
  });
});
