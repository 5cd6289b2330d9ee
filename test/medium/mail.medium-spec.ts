import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { MailService } from '../../server/src/mail/mail.service.js';
import { OutboxMessage, WITHHELD_BODY } from '../../server/src/mail/outbox.entity.js';
import { OutboxService } from '../../server/src/mail/outbox.service.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';

describe('the outbox, without HTTP', () => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startApp({ SMTP_URL: sink.url });
  });
  afterAll(async () => { await t?.close(); await sink?.close(); });

  const mail = (to: string, key: string, extra: Record<string, unknown> = {}) => ({ to, subject: 'Hello', body: 'Words', kind: 'test', idempotencyKey: key, ...extra });
  const enqueue = (mails: ReturnType<typeof mail>[]) => t.db.transaction((m) => t.app.get(MailService).enqueue(mails, m));

  it('answers a repeated idempotency key with the first message, and books its delivery once', async () => {
    const to = `${uniq('r')}@mail.test`;
    const key = uniq('once');
    const [first] = await enqueue([mail(to, key)]);
    const [again] = await enqueue([mail(to, key, { subject: 'A different subject' })]);
    expect(again).toMatchObject({ id: first!.id, subject: 'Hello', status: 'queued' });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ${t.config.jobSchema}._private_jobs WHERE key = $1`, [`mail:${first!.id}`]);
    expect(n).toBe(1);
    await t.app.get(JobsService).drain();
    expect(sink.to(to)).toHaveLength(1);
  });

  it('shows support only the failed deliveries of incident emails, without their words', async () => {
    const support = await t.make.principal(['support']);
    const incidentId = (await t.db.query('SELECT gen_random_uuid() AS id'))[0].id as string;
    const to = `${uniq('r')}@mail.test`;
    const [failed, delivered, other] = await enqueue([mail(to, uniq('a'), { incidentId }), mail(to, uniq('b'), { incidentId }), mail(to, uniq('c'))]);
    await t.db.getRepository(OutboxMessage).update({ id: failed!.id }, { status: 'failed', lastError: 'mailbox unavailable' });
    await t.db.getRepository(OutboxMessage).update({ id: other!.id }, { status: 'failed' });
    const page = await t.app.get(OutboxService).list(support, { filter: JSON.stringify({ to }) });
    expect(page.rows.map((r) => r.id)).toEqual([failed!.id]);
    expect(page.rows[0]).toMatchObject({ status: 'failed', lastError: 'mailbox unavailable', incidentId });
    expect(page.rows[0]).not.toHaveProperty('body');
    expect(page.rows[0]).not.toHaveProperty('sensitive');
    await expect(t.app.get(OutboxService).get(support, delivered!.id)).rejects.toMatchObject({ status: 404 });
  });

  it('never shows a sensitive message\'s body, even to a role that reads whole messages', async () => {
    const admin = await t.make.principal(['admin']);
    const [secret] = await enqueue([mail(`${uniq('r')}@mail.test`, uniq('s'), { body: 'https://example.test/consent/once', sensitive: true })]);
    expect(await t.app.get(OutboxService).get(admin, secret!.id)).toMatchObject({ id: secret!.id, body: WITHHELD_BODY });
  });
});
