import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { SubjectRequestsService } from '../../server/src/subject-requests/subject-requests.service.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

describe('the record of processing (Art. 30(2))', () => {
  it('refuses without a session, and anyone but smt and admin', async () => {
    expect((await t.http().get('/api/processing-record')).status).toBe(401);
    for (const role of ['support', 'developer', 'it_manager'] as const) {
      expect((await t.http().get('/api/processing-record').set((await t.make.staff([role])).auth)).status, role).toBe(403);
    }
  });

  it('names the controllers, categories, sub-processors, transfers and security measures, as JSON or Markdown', async () => {
    const setting = await t.make.setting({ icoNumber: 'ZA998877' });
    const smt = await t.make.staff(['smt']);
    const sub = await t.http().post('/api/sub-processors').set(smt.auth)
      .send({ name: uniq('Mailgun'), purpose: 'Email', location: 'United States', dataCategories: ['parents'] });
    const res = await t.http().get('/api/processing-record').set(smt.auth);
    expect(res.status).toBe(200);
    expect(res.body.controllers.find((c: { id: string }) => c.id === setting.id)).toMatchObject({ name: setting.name, icoNumber: 'ZA998877', dpoEmail: setting.dpoEmail });
    expect(res.body.categoriesOfProcessing.length).toBeGreaterThan(2);
    expect(res.body.subProcessors.map((s: { name: string }) => s.name)).toContain(sub.body.name);
    expect(res.body.transfers.map((x: { recipient: string }) => x.recipient)).toContain(sub.body.name);
    expect(res.body.securityMeasures.length).toBeGreaterThan(3);

    const md = await t.http().get('/api/processing-record').set((await t.make.staff(['admin'])).auth).set('Accept', 'text/markdown');
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.text).toMatch(/^# Record of processing/);
    for (const heading of ['## Controllers', '## Categories of processing', '## Sub-processors', '## Transfers outside the UK', '## Security measures']) expect(md.text).toContain(heading);
    expect(md.text).toContain(setting.name);
  });
});

describe('data subject requests', () => {
  it('refuses without a session, writes by anyone but support, and reads by those not named', async () => {
    const setting = await t.make.setting();
    const body = { settingId: setting.id, kind: 'access' };
    expect((await t.http().post('/api/subject-requests').send(body)).status).toBe(401);
    for (const role of ['developer', 'it_manager', 'smt', 'admin'] as const) {
      expect((await t.http().post('/api/subject-requests').set((await t.make.staff([role])).auth).send(body)).status, role).toBe(403);
    }
    for (const role of ['developer', 'it_manager', 'admin'] as const) {
      expect((await t.http().get('/api/subject-requests').set((await t.make.staff([role])).auth)).status, role).toBe(403);
    }
  });

  it('are due one calendar month after they were received (the last day when the month is short)', async () => {
    const support = await t.make.staff(['support']);
    const setting = await t.make.setting();
    const res = await t.http().post('/api/subject-requests').set(support.auth)
      .send({ settingId: setting.id, kind: 'erasure', receivedAt: '2026-01-31T09:00:00Z', notes: 'Forwarded by the manager' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ status: 'open', dueAt: '2026-02-28T09:00:00.000Z', overdue: true, loggedById: support.staff.id });
    const now = await t.http().post('/api/subject-requests').set(support.auth).send({ settingId: setting.id, kind: 'access' });
    expect(now.body.receivedAt).toBe(t.clock.now().toISOString());
    expect(now.body.overdue).toBe(false);
  });

  it('refuses bad input: unknown kind, unknown setting, a date in the future', async () => {
    const support = await t.make.staff(['support']);
    const setting = await t.make.setting();
    const post = (body: object) => t.http().post('/api/subject-requests').set(support.auth).send(body);
    expect((await post({ settingId: setting.id, kind: 'deletion' })).status).toBe(400);
    expect((await post({ settingId: '00000000-0000-4000-8000-000000000000', kind: 'access' })).status).toBe(400);
    expect((await post({ settingId: setting.id, kind: 'access', receivedAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() })).status).toBe(400);
    expect(await t.db.query('SELECT 1 FROM subject_requests WHERE setting_id = $1', [setting.id])).toHaveLength(0);
  });

  it('flags overdue ones, emails SMT once for each, and stops flagging once done', async () => {
    const support = await t.make.staff(['support']);
    const smt = await t.make.staff(['smt']);
    const setting = await t.make.setting();
    const received = new Date(t.clock.now().getTime() - 40 * 86_400_000).toISOString();
    const late = (await t.http().post('/api/subject-requests').set(support.auth).send({ settingId: setting.id, kind: 'rectification', receivedAt: received })).body;
    const list = await t.http().get('/api/subject-requests').query({ filter: JSON.stringify({ overdue: true, settingId: setting.id }) }).set(smt.auth);
    expect(list.status).toBe(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([late.id]);

    const service = t.app.get(SubjectRequestsService);
    await service.notifyOverdue();
    await service.notifyOverdue();
    const mails = await t.db.getRepository(OutboxMessage).findBy({ kind: 'subject_request.overdue', settingId: setting.id, to: smt.email });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(setting.name);
    expect(await t.db.getRepository(AuditEvent).countBy({ subjectId: late.id, action: 'subject_request.overdue' })).toBe(1);

    const done = await t.http().put(`/api/subject-requests/${late.id}`).set(support.auth).send({ ...late, status: 'done' });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', overdue: false, completedAt: t.clock.now().toISOString() });
    const after = await t.http().get('/api/subject-requests').query({ filter: JSON.stringify({ overdue: true, settingId: setting.id }) }).set(smt.auth);
    expect(after.body).toEqual([]);
  });
});
