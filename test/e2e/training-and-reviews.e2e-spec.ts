import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { Staff } from '../../server/src/staff/staff.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

const DAY = 86_400_000;
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
let admin: Awaited<ReturnType<TestApp['make']['staff']>>;
beforeAll(async () => {
  t = await startApp();
  kit = accessKit(t);
  admin = await t.make.staff(['admin']);
});
afterAll(async () => { await t.close(); });

const request = (who: { auth: Record<string, string> }, settingId: string, caseId: string) =>
  t.http().post('/api/access-requests').set(who.auth).send({ settingId, caseId, justification: 'The diary export fails for this setting.', scopes: ['children'] });

describe('training before access', () => {
  it('refuses a developer without training on record a request (409 training_required), and records nothing', async () => {
    const s = await kit.scenario();
    const untrained = await t.make.staff(['developer'], { trained: false });
    const res = await request(untrained, s.setting.id, s.supportCase.id);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('training_required');
    expect(await t.db.getRepository(AuditEvent).countBy({ actorId: untrained.staff.id, action: 'access.requested' })).toBe(0);
  });

  it('refuses an it_manager without current training the approval, and lets a trained one approve', async () => {
    const s = await kit.scenario();
    const pending = await kit.request(s.dev, s.setting.id, s.supportCase.id);
    const untrained = await t.make.staff(['it_manager'], { trained: false });
    const res = await t.http().post(`/api/access-requests/${pending.id}/approve`).set(untrained.auth);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('training_required');
    expect((await t.http().get(`/api/access-requests/${pending.id}`).set(s.it.auth)).body.status).toBe('pending');
    await kit.approve(s.it, pending.id);
  });

  it('lets an admin record training with PUT /api/staff/:id, which opens requests to the developer', async () => {
    const s = await kit.scenario();
    const dev = await t.make.staff(['developer'], { trained: false });
    const put = await t.http().put(`/api/staff/${dev.staff.id}`).set(admin.auth).send({ trainingCompletedAt: t.clock.now().toISOString() });
    expect(put.status, put.text).toBe(200);
    expect(put.body.trainingCompletedAt).toBe(t.clock.now().toISOString());
    const audit = await t.db.getRepository(AuditEvent).findOneByOrFail({ subjectId: dev.staff.id, action: 'staff.update' });
    expect(audit.detail).toMatchObject({ changed: ['trainingCompletedAt'] });
    expect((await request(dev, s.setting.id, s.supportCase.id)).status).toBe(201);
  });

  it('refuses a training date in the future or not a date (400), and anyone but an admin recording it (403)', async () => {
    const dev = await t.make.staff(['developer'], { trained: false });
    const future = await t.http().put(`/api/staff/${dev.staff.id}`).set(admin.auth).send({ trainingCompletedAt: new Date(t.clock.now().getTime() + DAY).toISOString() });
    expect(future.status).toBe(400);
    expect((await t.http().put(`/api/staff/${dev.staff.id}`).set(admin.auth).send({ trainingCompletedAt: 'last week' })).status).toBe(400);
    const smt = await t.make.staff(['smt']);
    expect((await t.http().put(`/api/staff/${dev.staff.id}`).set(smt.auth).send({ trainingCompletedAt: t.clock.now().toISOString() })).status).toBe(403);
    expect((await t.db.getRepository(Staff).findOneByOrFail({ id: dev.staff.id })).trainingCompletedAt).toBeNull();
  });

  it('lapses after TRAINING_VALID_MONTHS (12)', async () => {
    const s = await kit.scenario();
    const dev = await t.make.staff(['developer'], { trained: false });
    const thirteenMonthsAgo = new Date(t.clock.now().getTime() - 396 * DAY).toISOString();
    await t.http().put(`/api/staff/${dev.staff.id}`).set(admin.auth).send({ trainingCompletedAt: thirteenMonthsAgo });
    expect((await request(dev, s.setting.id, s.supportCase.id)).body.code).toBe('training_required');
    const elevenMonthsAgo = new Date(t.clock.now().getTime() - 335 * DAY).toISOString();
    await t.http().put(`/api/staff/${dev.staff.id}`).set(admin.auth).send({ trainingCompletedAt: elevenMonthsAgo });
    expect((await request(dev, s.setting.id, s.supportCase.id)).status).toBe(201);
  });
});

describe('the termly access review', () => {
  it('refuses without a session, and anyone but smt and admin', async () => {
    expect((await t.http().get('/api/access-reviews/due')).status).toBe(401);
    for (const role of ['support', 'developer', 'it_manager'] as const) {
      const who = await t.make.staff([role]);
      expect((await t.http().get('/api/access-reviews/due').set(who.auth)).status, role).toBe(403);
      expect((await t.http().post('/api/access-reviews').set(who.auth).send({ term: '2026-autumn', entries: [] })).status, role).toBe(403);
    }
  });

  it('names the current UK school term and whether its review is done; records decisions and applies "remove"', async () => {
    t.clock.set(new Date('2026-10-15T10:00:00Z'));
    const smt = await t.make.staff(['smt']);
    const leaver = await t.make.staff(['developer']);
    const mover = await t.make.staff(['support']);
    const due = await t.http().get('/api/access-reviews/due').set(smt.auth);
    expect(due.status).toBe(200);
    expect(due.body).toMatchObject({ term: '2026-autumn', done: false, startsAt: '2026-08-31T23:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' });

    expect((await t.http().get('/api/access-reviews/roster').query({ filter: '{"__proto__":"x"}' }).set(smt.auth)).status).toBe(400);
    const roster = await t.http().get('/api/access-reviews/roster').set(smt.auth);
    const row = roster.body.find((r: { id: string }) => r.id === leaver.staff.id);
    expect(row).toMatchObject({ name: leaver.staff.name, roles: ['developer'], lastSignInAt: '2026-10-15T10:00:00.000Z' });

    const res = await t.http().post('/api/access-reviews').set(smt.auth).send({
      term: '2026-autumn',
      entries: [
        { staffId: smt.staff.id, decision: 'keep' },
        { staffId: leaver.staff.id, decision: 'remove', note: 'left the company', roles: ['developer'] },
        { staffId: mover.staff.id, decision: 'change', note: 'moving to IT: needs it_manager, not support' },
      ],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ term: '2026-autumn', reviewerId: smt.staff.id, completedAt: '2026-10-15T10:00:00.000Z' });
    expect(res.body.entries[1]).toMatchObject({ staffId: leaver.staff.id, roles: ['developer'], decision: 'remove' });

    // "Remove" deactivates at once and ends every session; "change" goes to the admins, who alone change roles.
    expect((await t.db.getRepository(Staff).findOneByOrFail({ id: leaver.staff.id })).active).toBe(false);
    expect((await t.http().get('/api/auth/me').set(leaver.auth)).status).toBe(401);
    expect((await t.db.getRepository(Staff).findOneByOrFail({ id: mover.staff.id })).roles).toEqual(['support']);
    const toAdmin = await t.db.getRepository(OutboxMessage).findOneByOrFail({ kind: 'access_review.changes', to: admin.email });
    expect(toAdmin.body).toContain(mover.staff.name);
    expect(await t.db.getRepository(AuditEvent).countBy({ subjectId: res.body.id, action: 'access_review.completed' })).toBe(1);

    expect((await t.http().get('/api/access-reviews/due').set(smt.auth)).body).toMatchObject({ term: '2026-autumn', done: true, reviewId: res.body.id });
    const twice = await t.http().post('/api/access-reviews').set(smt.auth).send({ term: '2026-autumn', entries: [{ staffId: smt.staff.id, decision: 'keep' }] });
    expect(twice.status).toBe(409);

    t.clock.set(new Date('2027-01-04T09:00:00Z'));
    const later = await t.make.staff(['admin']);
    expect((await t.http().get('/api/access-reviews/due').set(later.auth)).body).toMatchObject({ term: '2027-spring', done: false });
  });

  it('refuses bad input: a malformed or future term, unknown staff, a person twice, the reviewer removing themselves', async () => {
    t.clock.set(new Date('2027-02-10T10:00:00Z'));
    const reviewer = await t.make.staff(['admin']);
    const other = await t.make.staff(['support']);
    const post = (body: object) => t.http().post('/api/access-reviews').set(reviewer.auth).send(body);
    expect((await post({ term: '2027-winter', entries: [{ staffId: other.staff.id, decision: 'keep' }] })).status).toBe(400);
    expect((await post({ term: '2027-summer', entries: [{ staffId: other.staff.id, decision: 'keep' }] })).status).toBe(400);
    expect((await post({ term: '2027-spring', entries: [{ staffId: '00000000-0000-4000-8000-000000000000', decision: 'keep' }] })).status).toBe(400);
    expect((await post({ term: '2027-spring', entries: [{ staffId: other.staff.id, decision: 'keep' }, { staffId: other.staff.id, decision: 'remove' }] })).status).toBe(400);
    expect((await post({ term: '2027-spring', entries: [{ staffId: other.staff.id, decision: 'fire' }] })).status).toBe(400);
    expect((await post({ term: '2027-spring', entries: [{ staffId: reviewer.staff.id, decision: 'remove' }] })).status).toBe(400);
    expect(await t.db.query(`SELECT 1 FROM access_reviews WHERE term = '2027-spring'`)).toHaveLength(0);
    expect((await t.db.getRepository(Staff).findOneByOrFail({ id: other.staff.id })).active).toBe(true);
  });
});
