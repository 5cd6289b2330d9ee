import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { Child, Media, Observation, Parent } from '../../server/src/content/content.entities.js';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { RetentionService } from '../../server/src/retention/retention.service.js';
import { Setting } from '../../server/src/settings/setting.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

const DAY = 86_400_000;
let t: TestApp;
let retention: RetentionService;
let start: Date;
beforeAll(async () => {
  // Small batches, so a purge of a few rows still takes several batches and can be stopped between two.
  t = await startApp({ RETENTION_BATCH_ROWS: '2' });
  retention = t.app.get(RetentionService);
  start = t.clock.now();
});
afterAll(async () => { await t.close(); });
beforeEach(() => { t.clock.set(start); retention.faults.afterBatch = undefined; });

async function expiredSetting(children = 3) {
  const setting = await t.make.setting({ subscriptionStatus: 'expired', subscriptionEndsAt: t.clock.now() });
  await t.make.content(setting.id, children);
  return setting;
}

const countOf = async (settingId: string) => ({
  children: await t.db.getRepository(Child).countBy({ settingId }),
  parents: await t.db.getRepository(Parent).countBy({ settingId }),
  observations: await t.db.getRepository(Observation).countBy({ settingId }),
  media: await t.db.getRepository(Media).countBy({ settingId }),
});
const mailsTo = (settingId: string, kind: string) => t.db.getRepository(OutboxMessage).findBy({ settingId, kind });

describe('the retention purge', () => {
  it('tells the DPO 30 clear days before, from expiry + 152 days, exactly once', async () => {
    const setting = await expiredSetting();
    t.clock.set(new Date(setting.subscriptionEndsAt!.getTime() + 151 * DAY));
    expect(await retention.sweep({ settingIds: [setting.id] })).toEqual({ warned: 0, purged: 0 });
    expect(await mailsTo(setting.id, 'retention.warning')).toHaveLength(0);

    t.clock.set(new Date(setting.subscriptionEndsAt!.getTime() + 152 * DAY));
    expect(await retention.sweep({ settingIds: [setting.id] })).toEqual({ warned: 1, purged: 0 });
    t.clock.advance(2 * DAY);
    expect(await retention.sweep({ settingIds: [setting.id] })).toEqual({ warned: 0, purged: 0 });
    const [warning, ...more] = await mailsTo(setting.id, 'retention.warning');
    expect(more).toHaveLength(0);
    expect(warning!.to).toBe(setting.dpoEmail);
    const purgeDay = new Date(setting.subscriptionEndsAt!.getTime() + 183 * DAY).toISOString().slice(0, 10);
    expect(warning!.subject).toContain(purgeDay);
    expect(warning!.body).toContain('export');
    expect(await countOf(setting.id)).toEqual({ children: 3, parents: 3, observations: 3, media: 3 });
    expect(await t.db.getRepository(AuditEvent).countBy({ settingId: setting.id, action: 'setting.retention_warning' })).toBe(1);
  });

  it('leaves everything in place until expiry + 183 days', async () => {
    const setting = await expiredSetting();
    t.clock.set(new Date(setting.subscriptionEndsAt!.getTime() + 183 * DAY - 60_000));
    expect((await retention.sweep({ settingIds: [setting.id] })).purged).toBe(0);
    expect(await countOf(setting.id)).toEqual({ children: 3, parents: 3, observations: 3, media: 3 });
    expect((await t.db.getRepository(Setting).findOneByOrFail({ id: setting.id })).subscriptionStatus).toBe('expired');
  });

  it('deletes the content at expiry + 183 days, marks the setting purged, audits the counts and emails the DPO', async () => {
    const setting = await expiredSetting(4);
    const neighbour = await t.make.setting({ subscriptionStatus: 'active', subscriptionEndsAt: new Date(start.getTime() + 365 * DAY) });
    await t.make.content(neighbour.id, 2);
    t.clock.set(new Date(setting.subscriptionEndsAt!.getTime() + 183 * DAY));
    expect((await retention.sweep({ settingIds: [setting.id, neighbour.id] })).purged).toBe(1);

    expect(await countOf(setting.id)).toEqual({ children: 0, parents: 0, observations: 0, media: 0 });
    expect(await countOf(neighbour.id)).toEqual({ children: 2, parents: 2, observations: 2, media: 2 });
    const support = await t.make.staff(['support']);
    const shown = await t.http().get(`/api/settings/${setting.id}`).set(support.auth);
    expect(shown.body).toMatchObject({ subscriptionStatus: 'purged', purgedAt: t.clock.now().toISOString() });
    const [event] = await t.db.getRepository(AuditEvent).findBy({ settingId: setting.id, action: 'setting.purged' });
    expect(event!.detail).toMatchObject({ counts: { children: 4, parents: 4, observations: 4, media: 4 } });
    const [mail] = await mailsTo(setting.id, 'retention.purged');
    expect(mail!.to).toBe(setting.dpoEmail);
    expect(mail!.body).toContain('observations: 4');

    // Purged is final: a second sweep does nothing, and nobody can set it back or by hand.
    expect((await retention.sweep({ settingIds: [setting.id] })).purged).toBe(0);
    expect(await t.db.getRepository(AuditEvent).countBy({ settingId: setting.id, action: 'setting.purged' })).toBe(1);
    const back = await t.http().put(`/api/settings/${setting.id}`).set(support.auth).send({ subscriptionStatus: 'active' });
    expect(back.status).toBe(409);
    const byHand = await t.http().put(`/api/settings/${neighbour.id}`).set(support.auth).send({ subscriptionStatus: 'purged' });
    expect(byHand.status).toBe(409);
    const sentBack = await t.http().put(`/api/settings/${setting.id}`).set(support.auth).send({ ...shown.body, dpoEmail: undefined, contactEmail: undefined, name: 'Renamed After Purge' }); // the factory's addresses are not valid emails
    expect(sentBack.status, sentBack.text).toBe(200);
  });

  it('resumes a purge stopped by a crash without deleting or counting anything twice, and leaves nothing behind', async () => {
    const setting = await expiredSetting(5);
    t.clock.set(new Date(setting.subscriptionEndsAt!.getTime() + 184 * DAY));
    let batches = 0;
    retention.faults.afterBatch = (_id, kind) => {
      if (kind === 'observations' && ++batches === 1) throw new Error('killed mid-purge');
    };
    await expect(retention.purge(setting.id)).rejects.toThrow('killed mid-purge');
    const partway = await countOf(setting.id);
    expect(partway.media).toBe(0);
    expect(partway.observations).toBe(3); // one batch of two gone
    expect(partway.children).toBe(5);
    expect((await t.db.getRepository(Setting).findOneByOrFail({ id: setting.id })).subscriptionStatus).toBe('expired');

    // The next sweep (at start-up, or the periodic one) picks it up where it stopped.
    await t.make.content(setting.id, 1); // a row written while it was down goes too
    expect((await retention.sweep({ settingIds: [setting.id] })).purged).toBe(1);
    expect(await countOf(setting.id)).toEqual({ children: 0, parents: 0, observations: 0, media: 0 });
    const [event] = await t.db.getRepository(AuditEvent).findBy({ settingId: setting.id, action: 'setting.purged' });
    expect(event!.detail).toMatchObject({ counts: { children: 6, parents: 6, observations: 6, media: 6 } });
    expect(await mailsTo(setting.id, 'retention.purged')).toHaveLength(1);
  });

  it('deletes the anonymised investigation copies of the setting with it', async () => {
    const g = await accessKit(t).grant({ scopes: ['children'] });
    const copy = await t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(g.dev.auth);
    expect(copy.status, copy.text).toBe(201);
    await t.db.getRepository(Setting).update({ id: g.setting.id }, { subscriptionStatus: 'cancelled', subscriptionEndsAt: t.clock.now() });
    t.clock.advance(183 * DAY);
    expect((await retention.sweep({ settingIds: [g.setting.id] })).purged).toBe(1);
    const [row] = await t.db.query('SELECT status, delete_reason FROM investigations WHERE id = $1', [copy.body.id]);
    expect(row).toEqual({ status: 'deleted', delete_reason: 'setting_purged' });
  });

  it('runs as a durable job on the queue', async () => {
    const setting = await expiredSetting(1);
    t.clock.set(new Date(setting.subscriptionEndsAt!.getTime() + 200 * DAY));
    const jobs = t.app.get(JobsService);
    await jobs.add('retention.sweep', {}, { jobKey: 'retention:sweep' });
    await jobs.drain();
    expect((await t.db.getRepository(Setting).findOneByOrFail({ id: setting.id })).subscriptionStatus).toBe('purged');
    const [next] = await t.db.query(`SELECT run_at FROM ${t.config.jobSchema}._private_jobs j JOIN ${t.config.jobSchema}._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'retention.sweep'`);
    expect(new Date(next.run_at).getTime()).toBe(t.clock.now().getTime() + 60 * 60_000);
  });
});
