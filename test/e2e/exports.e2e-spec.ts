import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { OutboxMessage, WITHHELD_BODY } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';

const DAY = 86_400_000;
let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let support: Awaited<ReturnType<TestApp['make']['staff']>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://custodian.example.test' });
  support = await t.make.staff(['support']);
});
afterAll(async () => { await t.close(); await sink.close(); });

/** Collects a binary response body (supertest would otherwise read it as text). */
const binary = (res: import('supertest').Response, cb: (e: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** A setting with content, an export asked for by support, and the link the DPO received. */
async function exported(children = 3) {
  const dpoEmail = `${uniq('dpo')}@setting.test`;
  const setting = await t.make.setting({ dpoEmail, subscriptionStatus: 'cancelled' });
  const content = await t.make.content(setting.id, children);
  const res = await t.http().post(`/api/settings/${setting.id}/export`).set(support.auth);
  expect(res.status, res.text).toBe(202);
  await t.app.get(JobsService).drain();
  const [mail] = sink.to(dpoEmail);
  const token = /https:\/\/custodian\.example\.test\/api\/public\/exports\/([A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
  expect(token).toBeDefined();
  return { setting, content, res, token: token!, dpoEmail };
}

describe('exporting a departing setting', () => {
  it('refuses without a session, and to every role but support', async () => {
    const setting = await t.make.setting();
    expect((await t.http().post(`/api/settings/${setting.id}/export`)).status).toBe(401);
    for (const role of ['developer', 'it_manager', 'smt', 'admin'] as const) {
      const who = await t.make.staff([role]);
      expect((await t.http().post(`/api/settings/${setting.id}/export`).set(who.auth)).status, role).toBe(403);
    }
  });

  it('answers 404 for an unknown setting and 409 for one without a DPO address', async () => {
    expect((await t.http().post('/api/settings/00000000-0000-4000-8000-000000000000/export').set(support.auth)).status).toBe(404);
    const noDpo = await t.make.setting({ dpoEmail: null });
    const res = await t.http().post(`/api/settings/${noDpo.id}/export`).set(support.auth);
    expect(res.status).toBe(409);
    expect(await t.db.getRepository(OutboxMessage).countBy({ settingId: noDpo.id })).toBe(0);
  });

  it('answers 202 and emails the DPO a link that staff never see', async () => {
    const { setting, res, dpoEmail } = await exported();
    expect(res.body).toMatchObject({ settingId: setting.id, sentTo: dpoEmail, status: 'sent' });
    expect(new Date(res.body.expiresAt).getTime()).toBe(t.clock.now().getTime() + 7 * DAY);
    expect(JSON.stringify(res.body)).not.toMatch(/exports\/[A-Za-z0-9_-]{20,}/);
    const outbox = await t.http().get('/api/outbox').query({ filter: JSON.stringify({ settingId: setting.id }) }).set((await t.make.staff(['smt'])).auth);
    expect(outbox.body[0].body).toBe(WITHHELD_BODY);
    const [event] = await t.db.getRepository(AuditEvent).findBy({ settingId: setting.id, action: 'setting.export_requested' });
    expect(event!.actorId).toBe(support.staff.id);
    expect(JSON.stringify(event!.detail)).not.toContain('/exports/');
  });

  it('serves the DPO a ZIP with a JSON and a CSV per kind, once, and audits the download', async () => {
    const { setting, content, token } = await exported(3);
    const res = await t.http().get(`/api/public/exports/${token}`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(['children.csv', 'children.json', 'media.csv', 'media.json', 'observations.csv', 'observations.json', 'parents.csv', 'parents.json']);
    const children = JSON.parse(strFromU8(files['children.json']!)) as { id: string; firstName: string }[];
    expect(children.map((c) => c.id).sort()).toEqual(content.children.map((c) => c.id).sort());
    expect(children[0]).toHaveProperty('dateOfBirth', '2022-03-14');
    const csv = strFromU8(files['observations.csv']!).trim().split('\n');
    expect(csv[0]).toBe('id,childId,observedAt,authorName,area,text,createdAt');
    expect(csv).toHaveLength(4);
    expect(strFromU8(files['parents.csv']!)).toContain(content.parents[0]!.email!);
    expect(await t.db.getRepository(AuditEvent).countBy({ settingId: setting.id, action: 'setting.exported' })).toBe(1);

    const again = await t.http().get(`/api/public/exports/${token}`);
    expect(again.status).toBe(409);
  });

  it('serves an empty setting as empty files, not an error', async () => {
    const { token } = await exported(0);
    const res = await t.http().get(`/api/public/exports/${token}`).buffer(true).parse(binary);
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(JSON.parse(strFromU8(files['media.json']!))).toEqual([]);
    expect(strFromU8(files['media.csv']!).trim()).toBe('id,childId,filename,contentType,sizeBytes,caption,takenAt,createdAt');
  });

  it('refuses an unknown link (404) and one older than 7 days (409)', async () => {
    expect((await t.http().get('/api/public/exports/not-a-real-token')).status).toBe(404);
    expect((await t.http().get(`/api/public/exports/${'x'.repeat(500)}`)).status).toBe(404);
    const { token } = await exported(1);
    t.clock.advance(7 * DAY + 1000);
    const res = await t.http().get(`/api/public/exports/${token}`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('export_link_expired');
    t.clock.advance(-(7 * DAY + 1000));
  });
});
