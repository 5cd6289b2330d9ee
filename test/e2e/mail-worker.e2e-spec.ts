import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailService } from '../../server/src/mail/mail.service.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { startSmtpSink, waitFor } from '../helpers/smtp-sink.js';

// One Nest application per test file: closing a second one in the same process closes the first one's database.
let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ SMTP_URL: sink.url }, { worker: true });
});
afterAll(async () => { await t.close(); await sink.close(); });

describe('the mail worker', () => {
  it('delivers a queued message without anyone draining the queue', async () => {
    const to = `${uniq('r')}@mail.test`;
    await t.db.transaction((m) => t.app.get(MailService).enqueue([{ to, subject: 'Hi', body: 'Body', kind: 'test', idempotencyKey: uniq('k') }], m));
    expect(await waitFor(() => sink.to(to).length === 1)).toBe(true);
  });
});
