import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { DAY } from '../../server/src/common/clock.js';
import { DomainError } from '../../server/src/common/domain-error.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { SubjectRequestsService } from '../../server/src/subject-requests/subject-requests.service.js';
import { startApp, type TestApp } from '../helpers/app.js';

describe('subject requests, without HTTP', () => {
  let t: TestApp;
  let requests: SubjectRequestsService;
  beforeAll(async () => {
    t = await startApp();
    requests = t.app.get(SubjectRequestsService);
  });
  afterAll(async () => { await t?.close(); });

  const ago = (days: number) => new Date(t.clock.now().getTime() - days * DAY).toISOString();

  it('gives a request one calendar month from its receipt, and flags it overdue only once that month has passed while open', async () => {
    const support = await t.make.principal(['support']);
    const setting = await t.make.setting();
    const late = await requests.log(support, { settingId: setting.id, kind: 'access', receivedAt: '2026-01-31T09:00:00.000Z' });
    const fresh = await requests.log(support, { settingId: setting.id, kind: 'erasure', receivedAt: ago(3) });
    expect(late.dueAt.toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(requests.view(fresh).overdue).toBe(false);

    const listed = async (overdue: boolean) =>
      (await requests.list(support, { filter: JSON.stringify({ settingId: setting.id, overdue }) })).rows.map((r) => r.id);
    const old = await requests.log(support, { settingId: setting.id, kind: 'rectification', receivedAt: ago(40) });
    expect(requests.view(old).overdue).toBe(true);
    expect(await listed(true)).toContain(old.id);
    expect(await listed(true)).not.toContain(fresh.id);
    expect(await listed(false)).toContain(fresh.id);

    const done = await requests.change(support, old.id, { status: 'done' });
    expect(done.completedAt).toEqual(t.clock.now());
    expect(requests.view(done).overdue).toBe(false);
    expect(await listed(true)).not.toContain(old.id);
  });

  it('tells every active SMT member of an overdue request once, however often the check runs', async () => {
    const smt = await t.make.staff(['smt']);
    const support = await t.make.principal(['support']);
    const setting = await t.make.setting();
    const overdue = await requests.log(support, { settingId: setting.id, kind: 'portability', receivedAt: ago(45) });

    expect(await requests.notifyOverdue()).toBeGreaterThanOrEqual(1);
    expect(await requests.notifyOverdue()).toBe(0);

    const mails = await t.db.getRepository(OutboxMessage).findBy({ idempotencyKey: `subject-request-overdue:${overdue.id}:${smt.staff.id}` });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: smt.email, kind: 'subject_request.overdue', settingId: setting.id });
    expect(await t.db.getRepository(AuditEvent).countBy({ action: 'subject_request.overdue', subjectId: overdue.id })).toBe(1);
  });

  it('refuses a request for a setting that does not exist, and one received in the future', async () => {
    const support = await t.make.principal(['support']);
    const setting = await t.make.setting();
    const refusal = (work: Promise<unknown>) => work.then(() => null, (e: unknown) => e);
    const unknown = await refusal(requests.log(support, { settingId: '00000000-0000-4000-8000-000000000000', kind: 'access' }));
    expect(unknown).toBeInstanceOf(DomainError);
    expect(unknown).toMatchObject({ status: 400, message: 'settingId names no setting' });
    const future = await refusal(requests.log(support, { settingId: setting.id, kind: 'access', receivedAt: new Date(t.clock.now().getTime() + DAY).toISOString() }));
    expect(future).toMatchObject({ status: 400, message: 'receivedAt must not be in the future' });
  });
});
