import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { MailService } from '../../server/src/mail/mail.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp({ SMTP_URL: '' }); });
afterAll(async () => { await t.close(); });

describe('mail without SMTP_URL', () => {
  it('is kept in the outbox as captured and never leaves', async () => {
    const to = `${uniq('r')}@mail.test`;
    const [row] = await t.db.transaction((m) => t.app.get(MailService).enqueue([{ to, subject: 'Hi', body: 'Body', kind: 'test', idempotencyKey: uniq('k') }], m));
    expect(row!.status).toBe('captured');
    await t.app.get(JobsService).drain();
    expect((await t.db.getRepository(OutboxMessage).findOneByOrFail({ id: row!.id })).status).toBe('captured');
  });
});
