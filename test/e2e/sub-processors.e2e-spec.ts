import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

const DAY = 86_400_000;
let t: TestApp;
let smt: Awaited<ReturnType<TestApp['make']['staff']>>;
let admin: Awaited<ReturnType<TestApp['make']['staff']>>;
beforeAll(async () => {
  t = await startApp();
  smt = await t.make.staff(['smt']);
  admin = await t.make.staff(['admin']);
});
afterAll(async () => { await t.close(); });

const proposal = () => ({ name: uniq('Postmark'), purpose: 'Sending email', location: 'United States', dataCategories: ['parents (name, email)'] });

describe('the sub-processor register', () => {
  it('refuses without a session, and writes by anyone but smt and admin', async () => {
    expect((await t.http().get('/api/sub-processors')).status).toBe(401);
    expect((await t.http().post('/api/sub-processors').send(proposal())).status).toBe(401);
    for (const role of ['support', 'developer', 'it_manager'] as const) {
      const who = await t.make.staff([role]);
      expect((await t.http().post('/api/sub-processors').set(who.auth).send(proposal())).status, role).toBe(403);
      expect((await t.http().get('/api/sub-processors').set(who.auth)).status, role).toBe(200);
    }
  });

  it('refuses bad input with a 400 naming the field, and a new one that is not proposed', async () => {
    const res = await t.http().post('/api/sub-processors').set(smt.auth).send({ ...proposal(), dataCategories: 'parents' });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('dataCategories');
    expect((await t.http().post('/api/sub-processors').set(smt.auth).send({ ...proposal(), status: 'active' })).status).toBe(400);
    expect((await t.http().post('/api/sub-processors').set(smt.auth).send({ ...proposal(), name: '  ' })).status).toBe(400);
  });

  it('emails every active setting\'s DPO when one is proposed, and nobody else', async () => {
    const active = await t.make.setting({ dpoEmail: `${uniq('dpo')}@setting.test` });
    const gone = await t.make.setting({ dpoEmail: `${uniq('dpo')}@setting.test`, subscriptionStatus: 'cancelled' });
    const res = await t.http().post('/api/sub-processors').set(smt.auth).send(proposal());
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ status: 'proposed', proposedAt: t.clock.now().toISOString(), activeFrom: null });
    const mails = await t.db.getRepository(OutboxMessage).findBy({ kind: 'sub_processor.proposed', settingId: active.id });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe(active.dpoEmail);
    expect(mails[0]!.body).toContain(res.body.name);
    expect(mails[0]!.body).toContain(new Date(t.clock.now().getTime() + 30 * DAY).toISOString().slice(0, 10));
    expect(await t.db.getRepository(OutboxMessage).countBy({ kind: 'sub_processor.proposed', settingId: gone.id })).toBe(0);
    expect(await t.db.getRepository(AuditEvent).countBy({ subjectId: res.body.id, action: 'sub_processor.proposed' })).toBe(1);
  });

  it('cannot become active before the notice period (409), and can after it', async () => {
    const created = (await t.http().post('/api/sub-processors').set(admin.auth).send(proposal())).body;
    t.clock.advance(30 * DAY - 60_000);
    const early = await t.http().put(`/api/sub-processors/${created.id}`).set((await t.make.staff(['admin'])).auth).send({ status: 'active' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('notice');
    expect((await t.http().get('/api/public/sub-processors')).body.map((s: { id: string }) => s.id)).not.toContain(created.id);

    t.clock.advance(60_000);
    const later = await t.make.staff(['smt']); // a month on, yesterday's sessions are long gone
    const on = await t.http().put(`/api/sub-processors/${created.id}`).set(later.auth).send({ ...created, status: 'active' });
    expect(on.status, on.text).toBe(200);
    expect(on.body).toMatchObject({ status: 'active', activeFrom: t.clock.now().toISOString() });
    const listed = await t.http().get('/api/public/sub-processors');
    expect(listed.status).toBe(200);
    expect(listed.body.find((s: { id: string }) => s.id === created.id)).toMatchObject({ name: created.name, location: 'United States' });

    const retired = await t.http().put(`/api/sub-processors/${created.id}`).set(later.auth).send({ status: 'retired' });
    expect(retired.body.status).toBe('retired');
    expect((await t.http().get('/api/public/sub-processors')).body.map((s: { id: string }) => s.id)).not.toContain(created.id);
    expect((await t.http().put(`/api/sub-processors/${created.id}`).set(later.auth).send({ status: 'active' })).status).toBe(409);
    t.clock.advance(-30 * DAY);
  });

  it('lists only active ones publicly, without a session', async () => {
    const proposed = (await t.http().post('/api/sub-processors').set(admin.auth).send(proposal())).body;
    const res = await t.http().get('/api/public/sub-processors');
    expect(res.status).toBe(200);
    expect(res.body.map((s: { id: string }) => s.id)).not.toContain(proposed.id);
  });

  it('answers 404 for an unknown one', async () => {
    expect((await t.http().put('/api/sub-processors/00000000-0000-4000-8000-000000000000').set(admin.auth).send({ status: 'active' })).status).toBe(404);
  });
});
