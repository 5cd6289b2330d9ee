import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IncidentDeadlinesService } from '../../server/src/incidents/incident-deadlines.service.js';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { MailService } from '../../server/src/mail/mail.service.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';
import { declare, LONG_SESSIONS, MIN, outboxFor, settings, type Auth } from './incident-fixtures.js';

// The incident's emails through a real SMTP server in this process; the queue is drained by hand (worker off).
let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let support: Awaited<ReturnType<TestApp['make']['staff']>>;
let it_: Auth;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ ...LONG_SESSIONS, SMTP_URL: sink.url, MAIL_FROM: 'custodian@company.test', CRITICAL_EMAIL: 'critical@company.test' });
  support = await t.make.staff(['support']);
  it_ = (await t.make.staff(['it_manager'])).auth;
});
afterAll(async () => { await t.close(); await sink.close(); });

const drain = () => t.app.get(JobsService).drain();
const update = (id: string, message = 'Registers are read-only while we fix a fault.') =>
  t.http().post(`/api/incidents/${id}/updates`).set(support.auth).send({ audience: 'customers', message });

describe('incident email over SMTP', () => {
  it('delivers the declaration to the critical mailbox and to an IT manager', async () => {
    const manager = await t.make.staff(['it_manager']);
    const before = sink.to('critical@company.test').length;
    const incident = await declare(t, support.auth, { title: 'Registers will not save' });
    await drain();
    expect(sink.to('critical@company.test').length).toBe(before + 1);
    const mine = sink.to(manager.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ from: 'custodian@company.test', subject: '[CRITICAL] Registers will not save' });
    expect((await outboxFor(t, incident.id, 'incident.declared')).every((m) => m.status === 'sent')).toBe(true);
  });

  it('delivers one personal customer update to each affected setting, each with its own Message-ID', async () => {
    const affected = await settings(t, 5);
    const incident = await declare(t, support.auth, { affectedSettingIds: affected.map((s) => s.id) });
    await update(incident.id).expect(201);
    await drain();
    const ids = new Set<string>();
    for (const s of affected) {
      const got = sink.to(s.contactEmail!);
      expect(got, s.contactEmail!).toHaveLength(1);
      expect(got[0]!.text).toContain(`Dear ${s.name},`);
      expect(got[0]!.text).toContain('Registers are read-only while we fix a fault.');
      expect(got[0]!.text).toMatch(/We will update you again by \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
      ids.add(got[0]!.messageId!);
    }
    expect(ids.size).toBe(5);
    await drain();
    for (const s of affected) expect(sink.to(s.contactEmail!)).toHaveLength(1);
  });

  it('delivers a breach notice to each affected setting\'s DPO', async () => {
    const affected = await settings(t, 2);
    await declare(t, support.auth, { affectedSettingIds: affected.map((s) => s.id), personalDataBreach: true });
    await drain();
    for (const s of affected) {
      const got = sink.to(s.dpoEmail!);
      expect(got).toHaveLength(1);
      expect(got[0]!.subject).toMatch(/^Personal data breach notification/);
      expect(got[0]!.text).toMatch(/within 72 hours/);
    }
  });

  it('delivers the owner\'s reminder and the overdue notice', async () => {
    const owner = await t.make.staff(['support']);
    const smt = await t.make.staff(['smt']);
    const incident = await declare(t, owner.auth);
    t.clock.advance(51 * MIN);
    await t.app.get(IncidentDeadlinesService).sweep([incident.id]);
    t.clock.advance(10 * MIN);
    await t.app.get(IncidentDeadlinesService).sweep([incident.id]);
    await drain();
    expect(sink.to(owner.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^Customer update due/), expect.stringMatching(/^OVERDUE/)]);
    expect(sink.to(smt.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^OVERDUE customer update/)]);
  });

  it('sends no duplicate when the worker stops between sending and acknowledging the job, and the job runs again', async () => {
    const [s] = await settings(t, 1);
    const incident = await declare(t, support.auth, { affectedSettingIds: [s!.id] });
    await drain();
    await update(incident.id).expect(201);
    const mail = t.app.get(MailService);
    mail.faults.afterMarkedSent = (m) => {
      if (m.kind === 'incident.customer_update') throw new Error('the worker stopped before acknowledging the job');
    };
    try {
      await drain();
    } finally {
      delete mail.faults.afterMarkedSent;
    }
    expect(sink.to(s!.contactEmail!)).toHaveLength(1);
    const [row] = await outboxFor(t, incident.id, 'incident.customer_update');
    expect(row!.status).toBe('sent');
    // The job is still in the queue, unacknowledged; run it again now.
    const job = `SELECT attempts FROM ${t.config.jobSchema}._private_jobs WHERE key = $1`;
    expect(await t.db.query(job, [`mail:${row!.id}`])).toEqual([{ attempts: 1 }]);
    await t.db.query(`UPDATE ${t.config.jobSchema}._private_jobs SET run_at = now() - interval '1 second' WHERE key = $1`, [`mail:${row!.id}`]);
    await drain();
    expect(sink.to(s!.contactEmail!)).toHaveLength(1);
    expect(await t.db.query(job, [`mail:${row!.id}`])).toEqual([]);
  });

  it('leaves nothing behind when a fan-out fails part-way: no emails, no timeline line, the clock not restarted', async () => {
    const affected = await settings(t, 3);
    const incident = await declare(t, support.auth, { affectedSettingIds: affected.map((s) => s.id) });
    const jobs = t.app.get(JobsService);
    const spy = vi.spyOn(jobs, 'addMany').mockRejectedValueOnce(new Error('the database went away'));
    try {
      expect((await update(incident.id)).status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(await outboxFor(t, incident.id, 'incident.customer_update')).toHaveLength(0);
    const after = (await t.http().get(`/api/incidents/${incident.id}`).set(it_)).body;
    expect(after.lastCustomerUpdateAt).toBeNull();
    const timeline = (await t.http().get(`/api/incidents/${incident.id}/timeline?filter=${encodeURIComponent('{"kind":"customer_update"}')}`).set(it_)).body;
    expect(timeline).toEqual([]);
    await update(incident.id).expect(201);
    await drain();
    for (const s of affected) expect(sink.to(s.contactEmail!)).toHaveLength(1);
  });
});
