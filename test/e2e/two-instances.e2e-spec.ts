import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { PASSWORD, startApp, type TestApp } from '../helpers/app.js';
import { startSmtpSink, waitFor, type ReceivedMail } from '../helpers/smtp-sink.js';
import { declare, LONG_SESSIONS, MIN, settings, type Auth } from './incident-fixtures.js';

/*
 * Scale-out for real: two API replicas, each with its job worker, in processes of their own on one database and one
 * job queue, as behind a load balancer. One is killed with kill -9 in the middle of a fan-out and in the middle of a
 * reminder window; the survivor finishes the work, and no mail or reminder goes twice (a repeat can only be the one
 * message an SMTP server took just before the crash, and it carries the same Message-ID).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const REGISTER = path.join(here, 'incident-process', 'register.mjs');
const REPLICA = path.join(here, 'incident-process', 'replica.ts');
const SETTINGS = 16;
const INCIDENTS = 6;

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let support: { auth: Auth; email: string };
const replicas: ChildProcess[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ ...LONG_SESSIONS, SMTP_URL: sink.url }, { worker: false });
  const s = await t.make.staff(['support']);
  support = { auth: s.auth, email: s.email };
});
afterAll(async () => {
  for (const c of replicas) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await t.close();
  await sink.close();
});

interface Replica { child: ChildProcess; base: string }

/** A replica on this file's database and job queue; resolves once it listens. */
async function startReplica(env: Record<string, string> = {}): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', REGISTER, REPLICA], {
    cwd: path.resolve(here, '..', '..'),
    env: {
      ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.databaseUrl, JOB_SCHEMA: t.config.jobSchema,
      SMTP_URL: sink.url, LOGIN_RATE_PER_MINUTE: '100000', ...LONG_SESSIONS, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  replicas.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => { const m = /ready (\d+)/.exec(d.toString()); if (m) resolve(Number(m[1])); });
    child.once('exit', (code, signal) => reject(new Error(`the replica ended before it was ready (${code ?? signal}): ${stderr}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.signalCode ?? child.exitCode)
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));

async function stop(r: Replica): Promise<void> {
  const done = exited(r.child);
  r.child.kill('SIGTERM');
  // A replica that cannot close in time is killed: what the test checks is already in the database and the sink.
  const slow = setTimeout(() => r.child.kill('SIGKILL'), 20_000);
  await done;
  clearTimeout(slow);
}

const call = (r: Replica, p: string, init: RequestInit = {}) => fetch(r.base + p, init);

/** Every message was received once, or twice with the same Message-ID (the one unclosable SMTP window). */
function onceEach(mails: ReceivedMail[]): { distinct: number; repeats: number } {
  const byId = new Map<string, number>();
  for (const m of mails) byId.set(m.messageId!, (byId.get(m.messageId!) ?? 0) + 1);
  expect([...byId.values()].every((n) => n <= 2)).toBe(true);
  return { distinct: byId.size, repeats: mails.length - byId.size };
}

const outbox = (where: { incidentId: string; kind: string }) => t.db.getRepository(OutboxMessage).findBy(where);

describe('two replicas on one database', () => {
  it('share sessions: signed in on one, used and ended on the other', async () => {
    const [a, b] = [await startReplica(), await startReplica()];
    try {
      const login = await call(a, '/api/auth/login', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: support.email, password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const auth = { authorization: `Bearer ${token}` };
      expect((await call(b, '/api/auth/me', { headers: auth })).status).toBe(200);
      expect((await call(a, '/api/settings', { headers: auth })).status).toBe(200);
      expect((await call(b, '/api/auth/logout', { method: 'POST', headers: auth })).status).toBe(204);
      expect((await call(a, '/api/auth/me', { headers: auth })).status).toBe(401);
      expect((await call(b, '/api/auth/me')).status).toBe(401);
    } finally {
      await stop(a);
      await stop(b);
    }
  }, 90_000);

  it('finishes a fan-out once each when one replica is killed -9 in the middle of it', async () => {
    const affected = await settings(t, SETTINGS);
    const incident = await declare(t, support.auth, { affectedSettingIds: affected.map((s) => s.id) });
    await t.app.get(JobsService).drain(); // the declaration's own mail, out of the way
    const addresses = affected.map((s) => s.contactEmail!);
    // A dies (kill -9) right after marking its third customer update sent; B carries on, as a load balancer would.
    const a = await startReplica({ CRASH_POINT: 'afterMarkedSent', CRASH_AFTER: '3', CRASH_KIND: 'incident.customer_update' });
    const b = await startReplica();
    try {
      await t.http().post(`/api/incidents/${incident.id}/updates`).set(support.auth).send({ audience: 'customers', message: 'Registers are back.' }).expect(201);
      expect(await exited(a.child)).toBe('SIGKILL');
      const sent = async () => (await outbox({ incidentId: incident.id, kind: 'incident.customer_update' })).filter((m) => m.status === 'sent').length;
      expect(await waitFor(async () => (await sent()) === SETTINGS, 60_000, 250)).toBe(true);
      // Only the update itself: other mail the incident sends a setting is not what this test counts.
      const updates = (x: string) => sink.to(x).filter((m) => m.subject.startsWith('Service update:'));
      for (const x of addresses) expect(onceEach(updates(x)).distinct, `${x}: ${JSON.stringify(sink.to(x).map((m) => [m.subject, m.messageId]))}`).toBe(1);
      // At most one repeat, with the same Message-ID: the guarantee every delivery path gives.
      expect(addresses.reduce((n, x) => n + onceEach(updates(x)).repeats, 0)).toBeLessThanOrEqual(1);
    } finally {
      await stop(b);
    }
  }, 240_000);

  it('sends every due reminder once when one replica is killed -9 in the middle of the reminder window', async () => {
    // Incidents discovered 55 minutes ago: on day 1 (hourly updates, reminded 10 minutes before) the reminder is due now.
    const owner = await t.make.staff(['support']);
    const discoveredAt = new Date(Date.now() - 55 * MIN).toISOString();
    t.clock.set(new Date());
    const incidents: { id: string }[] = [];
    for (let i = 0; i < INCIDENTS; i++) incidents.push(await declare(t, owner.auth, { discoveredAt }));
    // No drain here: the reminder jobs are due already, and they are the replicas' to run.
    // A dies between the SMTP server taking its second reminder and marking it sent: the one window where a repeat
    // is possible, and then only with the same Message-ID.
    const a = await startReplica({ CRASH_POINT: 'afterSmtpAccepted', CRASH_AFTER: '2', CRASH_KIND: 'incident.reminder' });
    const b = await startReplica();
    try {
      const reminders = async () => (await t.db.query(
        `SELECT incident_id, status FROM outbox WHERE kind = 'incident.reminder' AND incident_id = ANY($1::uuid[])`, [incidents.map((i) => i.id)],
      )) as { incident_id: string; status: string }[];
      expect(await exited(a.child)).toBe('SIGKILL');
      expect(await waitFor(async () => {
        const r = await reminders();
        return r.length === INCIDENTS && r.every((x) => x.status === 'sent');
      }, 90_000, 250)).toBe(true);
      const rows = await reminders();
      expect(new Set(rows.map((r) => r.incident_id)).size).toBe(INCIDENTS); // one reminder row per incident, never two
      const mails = sink.to(owner.email).filter((m) => /^Customer update due/.test(m.subject));
      // Each reminder arrives, and any repeat carries its Message-ID (a receiver drops it): SMTP cannot promise more
      // for the messages the SMTP server had taken when the replica died, one per pooled connection at most.
      const { distinct, repeats } = onceEach(mails);
      expect(distinct).toBe(INCIDENTS);
      expect(repeats).toBeLessThanOrEqual(5);
    } finally {
      await stop(b);
    }
  }, 150_000);
});
