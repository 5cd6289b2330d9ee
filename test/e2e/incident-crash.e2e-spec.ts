import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { startSmtpSink, waitFor } from '../helpers/smtp-sink.js';
import { declare, LONG_SESSIONS, settings, type Auth } from './incident-fixtures.js';

/*
 * Crashes for real. The application under test runs in child processes (the same sources, the system clock, the job
 * worker on) that are stopped with kill -9 mid fan-out; a second process then takes over from what the first left in
 * the database. An SMTP server in this process admits only the first messages of the fan-out and holds the rest
 * unanswered, so the moment of the crash is known exactly: which messages the server has, which rows say sent.
 * This file's own app (worker off) only declares the incidents and posts the updates.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const REGISTER = path.join(here, 'incident-process', 'register.mjs');
const WORKER = path.join(here, 'incident-process', 'worker.ts');
const SETTINGS = 12;

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let support: Auth;
const children: ChildProcess[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startApp({ ...LONG_SESSIONS, SMTP_URL: sink.url }, { worker: false });
  support = (await t.make.staff(['support'])).auth;
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await t.close();
  await sink.close();
});

/** Starts the application in a process of its own, sharing this file's database and job queue. */
async function startProcess(env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', REGISTER, WORKER], {
    cwd: path.resolve(here, '..', '..'),
    env: {
      ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.DEBUG_CHILD ? 'info' : 'silent', DATABASE_URL: t.databaseUrl, JOB_SCHEMA: t.config.jobSchema,
      SMTP_URL: sink.url, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  if (process.env.DEBUG_CHILD) child.stdout!.on('data', (d: Buffer) => process.stderr.write(`[child ${child.pid}] ${d}`));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(); });
    child.once('exit', (code, signal) => reject(new Error(`the process ended before it was ready (${code ?? signal}): ${stderr}`)));
  });
  return child;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.signalCode ?? child.exitCode)
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));

async function stop(child: ChildProcess): Promise<void> {
  const done = exited(child);
  child.kill('SIGTERM');
  // A process that cannot close in time is killed: what the test checks is already in the database and the sink.
  const slow = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await done;
  clearTimeout(slow);
}

/** An incident with SETTINGS affected settings, its declaration emails already delivered, and a customer update queued. */
async function fanOut() {
  const affected = await settings(t, SETTINGS);
  const incident = await declare(t, support, { affectedSettingIds: affected.map((s) => s.id) });
  await t.app.get(JobsService).drain();
  const addresses = affected.map((s) => s.contactEmail!);
  return { incident, addresses };
}

const postUpdate = (id: string) =>
  t.http().post(`/api/incidents/${id}/updates`).set(support).send({ audience: 'customers', message: 'Registers are back.' }).expect(201);

const rows = (incidentId: string) =>
  t.db.getRepository(OutboxMessage).findBy({ incidentId, kind: 'incident.customer_update' });

const jobsLeft = async (rowIds: string[]) => {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ${t.config.jobSchema}._private_jobs WHERE key = ANY($1::text[])`,
    [rowIds.map((id) => `mail:${id}`)]);
  return n as number;
};

/** Waits until every row is sent and every address has mail; on timeout, says what was missing. */
async function allDelivered(incidentId: string, addresses: string[]): Promise<string> {
  const state = async () => {
    const r = await rows(incidentId);
    const unsent = r.filter((m) => m.status !== 'sent').map((m) => `${m.to}:${m.status}:${m.attempts}:${m.lastError ?? ''}`);
    const missing = addresses.filter((a) => sink.to(a).length === 0);
    const jobs = await t.db.query(`SELECT key, locked_by, locked_at, attempts, run_at, last_error FROM ${t.config.jobSchema}._private_jobs WHERE key = ANY($1::text[])`,
      [r.map((m) => `mail:${m.id}`)]);
    return r.length === addresses.length && unsent.length === 0 && missing.length === 0
      ? 'delivered' : JSON.stringify({ rows: r.length, unsent, missing, jobs });
  };
  await waitFor(async () => (await state()) === 'delivered', 60_000, 250);
  return state();
}

describe('a crash in the middle of a customer update fan-out', () => {
  it('sends no duplicate when the process dies between marking a message sent and acknowledging its job', async () => {
    const { incident, addresses } = await fanOut();
    sink.gate(addresses, 5);
    await postUpdate(incident.id);
    const a = await startProcess({ CRASH_POINT: 'afterMarkedSent', CRASH_AFTER: '5', CRASH_KIND: 'incident.customer_update' });
    expect(await exited(a)).toBe('SIGKILL');

    const atCrash = await rows(incident.id);
    const sent = atCrash.filter((m) => m.status === 'sent');
    expect(sent).toHaveLength(5);
    expect(addresses.filter((x) => sink.to(x).length > 0)).toHaveLength(5);
    // The fifth message's job was never acknowledged: it is still in the queue, locked by a process that is gone.
    expect(await jobsLeft(sent.map((m) => m.id))).toBeGreaterThanOrEqual(1);

    sink.open();
    const b = await startProcess();
    expect(await allDelivered(incident.id, addresses)).toBe('delivered');
    expect(await waitFor(async () => (await jobsLeft(atCrash.map((m) => m.id))) === 0, 30_000, 250)).toBe(true);
    await stop(b);
    for (const x of addresses) expect(sink.to(x), x).toHaveLength(1);
  }, 240_000);

  it('loses nothing when the process is killed from outside mid fan-out: the next process delivers the rest, once each', async () => {
    const { incident, addresses } = await fanOut();
    sink.gate(addresses, 4);
    await postUpdate(incident.id);
    const a = await startProcess();
    // Four delivered and marked sent, the next ones held at the SMTP server: now pull the plug.
    expect(await waitFor(async () => (await rows(incident.id)).filter((m) => m.status === 'sent').length === 4, 30_000, 100)).toBe(true);
    a.kill('SIGKILL');
    expect(await exited(a)).toBe('SIGKILL');
    expect((await rows(incident.id)).filter((m) => m.status === 'queued')).toHaveLength(SETTINGS - 4);

    sink.open();
    const b = await startProcess();
    expect(await allDelivered(incident.id, addresses)).toBe('delivered');
    await stop(b);
    for (const x of addresses) expect(sink.to(x), x).toHaveLength(1);
    expect(new Set((await rows(incident.id)).map((m) => m.to))).toEqual(new Set(addresses.map((x) => x.toLowerCase())));
  }, 240_000);

  it('re-sends with the same Message-ID when the process dies after the SMTP server took a message but before it was marked sent', async () => {
    // The one window no sender can close over SMTP: the receiving server has the message and we do not know it.
    // The retry carries the same Message-ID (derived from the idempotency key), so the receiver can drop the repeat.
    const { incident, addresses } = await fanOut();
    sink.gate(addresses, 3);
    await postUpdate(incident.id);
    const a = await startProcess({ CRASH_POINT: 'afterSmtpAccepted', CRASH_AFTER: '3', CRASH_KIND: 'incident.customer_update' });
    expect(await exited(a)).toBe('SIGKILL');
    expect((await rows(incident.id)).filter((m) => m.status === 'sent')).toHaveLength(2);

    sink.open();
    const b = await startProcess();
    expect(await allDelivered(incident.id, addresses)).toBe('delivered');
    await stop(b);
    const repeated = addresses.filter((x) => sink.to(x).length > 1);
    expect(repeated).toHaveLength(1);
    const copies = sink.to(repeated[0]!);
    expect(copies).toHaveLength(2);
    expect(copies[0]!.messageId).toBeTruthy();
    expect(copies[1]!.messageId).toBe(copies[0]!.messageId);
    for (const x of addresses.filter((y) => y !== repeated[0])) expect(sink.to(x), x).toHaveLength(1);
  }, 240_000);
});
