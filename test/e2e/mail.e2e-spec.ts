import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { MailService } from '../../server/src/mail/mail.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { startSmtpSink, waitFor } from '../helpers/smtp-sink.js';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ SMTP_URL: sink.url, MAIL_FROM: 'custodian@mail.test' }, { worker: false });
});
afterAll(async () => { await t.close(); await sink.close(); });

const mail = (to: string, key = uniq('key')) => ({ to, subject: 'Hello', body: 'A message', kind: 'test', idempotencyKey: key });

describe('the outbox', () => {
  it('delivers a queued message through SMTP and marks it sent', async () => {
    const to = `${uniq('r')}@mail.test`;
    const [row] = await t.db.transaction((m) => t.app.get(MailService).enqueue([mail(to)], m));
    expect(row!.status).toBe('queued');
    await t.app.get(JobsService).drain();
    expect(sink.to(to)).toHaveLength(1);
    expect(sink.to(to)[0]!.from).toBe('custodian@mail.test');
    expect((await t.db.getRepository(OutboxMessage).findOneByOrFail({ id: row!.id })).status).toBe('sent');
  });

  it('writes nothing when the transaction that queued it rolls back', async () => {
    const to = `${uniq('r')}@mail.test`;
    await expect(t.db.transaction(async (m) => {
      await t.app.get(MailService).enqueue([mail(to)], m);
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    await t.app.get(JobsService).drain();
    expect(await t.db.getRepository(OutboxMessage).countBy({ to })).toBe(0);
    expect(sink.to(to)).toHaveLength(0);
  });

  it('makes one message for one idempotency key, however often it is queued', async () => {
    const to = `${uniq('r')}@mail.test`;
    const key = uniq('once');
    await t.db.transaction((m) => t.app.get(MailService).enqueue([mail(to, key)], m));
    await t.db.transaction((m) => t.app.get(MailService).enqueue([mail(to, key)], m));
    await t.app.get(JobsService).drain();
    expect(await t.db.getRepository(OutboxMessage).countBy({ to })).toBe(1);
    expect(sink.to(to)).toHaveLength(1);
  });

  it('never sends a message again once it is marked sent, even when its job runs twice', async () => {
    const to = `${uniq('r')}@mail.test`;
    const [row] = await t.db.transaction((m) => t.app.get(MailService).enqueue([mail(to)], m));
    await t.app.get(MailService).deliver(row!.id);
    await t.app.get(MailService).deliver(row!.id);
    expect(sink.to(to)).toHaveLength(1);
  });

  it('retries after the SMTP server refuses, and counts the attempts', async () => {
    const to = `${uniq('r')}@mail.test`;
    sink.fail(1);
    const [row] = await t.db.transaction((m) => t.app.get(MailService).enqueue([mail(to)], m));
    await expect(t.app.get(MailService).deliver(row!.id)).rejects.toThrow();
    const failed = await t.db.getRepository(OutboxMessage).findOneByOrFail({ id: row!.id });
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.lastError).toMatch(/mailbox unavailable/);
    await t.app.get(MailService).deliver(row!.id);
    expect(sink.to(to)).toHaveLength(1);
    expect((await t.db.getRepository(OutboxMessage).findOneByOrFail({ id: row!.id })).status).toBe('sent');
  });
});

describe('GET /api/outbox', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get('/api/outbox')).status).toBe(401);
  });

  it('is refused to developers, open to smt, it_manager and admin, and shows support only failed incident deliveries', async () => {
    const { auth: developer } = await t.make.staff(['developer']);
    expect((await t.http().get('/api/outbox').set(developer)).status).toBe(403);
    const { auth: support } = await t.make.staff(['support']);
    const seen = await t.http().get('/api/outbox').query({ range: '[0,999]' }).set(support);
    expect(seen.status).toBe(200);
    expect(seen.body.every((m: { status: string; incidentId: string | null; body?: string }) => m.status === 'failed' && m.incidentId && m.body === undefined)).toBe(true);
    for (const role of ['smt', 'it_manager', 'admin'] as const) {
      const { auth } = await t.make.staff([role]);
      const res = await t.http().get('/api/outbox').set(auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toMatch(/^outbox /);
    }
  });
});
