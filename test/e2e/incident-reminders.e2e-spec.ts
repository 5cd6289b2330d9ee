import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentDeadlinesService } from '../../server/src/incidents/incident-deadlines.service.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { DAYS, declare, HOURS, LONG_SESSIONS, MIN, outboxFor, settings, type Auth } from './incident-fixtures.js';

// The deadlines are driven by hand: the worker is off, the clock is moved, and the sweep (which the job queue runs
// every minute in production) is called directly, scoped to each test's own incidents in the shared database.
let t: TestApp;
let support: Awaited<ReturnType<TestApp['make']['staff']>>;
let smtA: Awaited<ReturnType<TestApp['make']['staff']>>;
let itA: Awaited<ReturnType<TestApp['make']['staff']>>;
let auth: Auth;
beforeAll(async () => {
  t = await startApp({ ...LONG_SESSIONS, REMINDER_LEAD_MINUTES: '10' });
  support = await t.make.staff(['support']);
  smtA = await t.make.staff(['smt']);
  itA = await t.make.staff(['it_manager']);
  auth = support.auth;
});
afterAll(async () => { await t.close(); });

const deadlines = () => t.app.get(IncidentDeadlinesService);
const sweep = (...ids: string[]) => deadlines().sweep(ids);
const alerts = (id: string) => t.db.query('SELECT kind, due_at FROM incident_alerts WHERE incident_id = $1 ORDER BY due_at, kind', [id]);

describe('reminders', () => {
  it('reminds the owner REMINDER_LEAD_MINUTES before the update is due, not earlier, and only once', async () => {
    const incident = await declare(t, auth);
    t.clock.advance(50 * MIN - 1000);
    await sweep(incident.id);
    expect(await outboxFor(t, incident.id, 'incident.reminder')).toHaveLength(0);
    t.clock.advance(1000);
    expect(await sweep(incident.id)).toEqual({ reminders: 1, overdue: 0 });
    for (let i = 0; i < 5; i++) { t.clock.advance(MIN); await sweep(incident.id); }
    const reminders = await outboxFor(t, incident.id, 'incident.reminder');
    expect(reminders.map((m) => m.to)).toEqual([support.email]);
    expect(reminders[0]!.subject).toMatch(/Customer update due/);
  });

  it('shows the reminder as due on the incident while the owner has not updated', async () => {
    const incident = await declare(t, auth);
    t.clock.advance(55 * MIN);
    expect((await t.http().get(`/api/incidents/${incident.id}`).set(auth)).body).toMatchObject({ reminderDue: true, overdue: false });
  });

  it('reminds again for the next deadline once a customer update restarts the clock', async () => {
    const [s] = await settings(t, 1);
    const incident = await declare(t, auth, { affectedSettingIds: [s!.id] });
    t.clock.advance(52 * MIN);
    await sweep(incident.id);
    await t.http().post(`/api/incidents/${incident.id}/updates`).set(auth).send({ audience: 'customers', message: 'Update' }).expect(201);
    t.clock.advance(52 * MIN);
    await sweep(incident.id);
    expect(await outboxFor(t, incident.id, 'incident.reminder')).toHaveLength(2);
    expect((await alerts(incident.id)).map((a: { kind: string }) => a.kind)).toEqual(['reminder', 'reminder']);
  });
});

describe('overdue notices', () => {
  it('emails SMT and IT managers (and the owner) once per missed deadline, not once per sweep', async () => {
    const incident = await declare(t, auth);
    t.clock.advance(60 * MIN);
    await sweep(incident.id);
    expect(await outboxFor(t, incident.id, 'incident.overdue')).toHaveLength(0);
    t.clock.advance(1000);
    await sweep(incident.id);
    for (let i = 0; i < 10; i++) { t.clock.advance(5 * MIN); await sweep(incident.id); await deadlines().check(incident.id); }
    const notices = await outboxFor(t, incident.id, 'incident.overdue');
    const to = notices.map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining([smtA.email, itA.email, support.email]));
    expect(new Set(to).size).toBe(to.length);
    expect((await alerts(incident.id)).filter((a: { kind: string }) => a.kind === 'overdue')).toHaveLength(1);
  });

  it('sends a second notice only when a second deadline is missed', async () => {
    const [s] = await settings(t, 1);
    const incident = await declare(t, auth, { affectedSettingIds: [s!.id] });
    t.clock.advance(61 * MIN);
    await sweep(incident.id);
    await t.http().post(`/api/incidents/${incident.id}/updates`).set(auth).send({ audience: 'customers', message: 'Late update' }).expect(201);
    await sweep(incident.id);
    t.clock.advance(30 * MIN);
    await sweep(incident.id);
    expect((await alerts(incident.id)).filter((a: { kind: string }) => a.kind === 'overdue')).toHaveLength(1);
    t.clock.advance(31 * MIN);
    await sweep(incident.id);
    expect((await alerts(incident.id)).filter((a: { kind: string }) => a.kind === 'overdue')).toHaveLength(2);
    const timeline = (await t.http().get(`/api/incidents/${incident.id}/timeline?filter=${encodeURIComponent('{"kind":"overdue"}')}`).set(auth)).body;
    expect(timeline).toHaveLength(2);
  });

  it('never announces a deadline that was met, even when the sweep read the incident before the update', async () => {
    const [s] = await settings(t, 1);
    const incident = await declare(t, auth, { affectedSettingIds: [s!.id] });
    t.clock.advance(59 * MIN);
    await t.http().post(`/api/incidents/${incident.id}/updates`).set(auth).send({ audience: 'customers', message: 'In time' }).expect(201);
    t.clock.advance(2 * MIN);
    await deadlines().check(incident.id);
    expect(await outboxFor(t, incident.id, 'incident.overdue')).toHaveLength(0);
  });

  it('sends nothing for a resolved incident', async () => {
    const incident = await declare(t, auth);
    await t.http().post(`/api/incidents/${incident.id}/resolve`).set(auth).send({ summary: 'False alarm' }).expect(200);
    t.clock.advance(2 * HOURS);
    expect(await sweep(incident.id)).toEqual({ reminders: 0, overdue: 0 });
    expect(await alerts(incident.id)).toEqual([]);
  });

  it('loses nothing across a restart: a deadline missed while nothing ran is announced by the next sweep, once', async () => {
    // The application keeps no deadline in memory: what is due is read from the stored times at the next sweep.
    const incident = await declare(t, auth, { discoveredAt: new Date(t.clock.now().getTime() - 3 * DAYS).toISOString() });
    await sweep(incident.id);
    await sweep(incident.id);
    expect((await alerts(incident.id)).map((a: { kind: string }) => a.kind)).toEqual(['overdue']);
    expect((await outboxFor(t, incident.id, 'incident.reminder'))).toHaveLength(0);
  });

  it('is announced by the unscoped sweep the job queue runs, as by the scoped one', async () => {
    const incident = await declare(t, auth);
    t.clock.advance(61 * MIN);
    await deadlines().sweep();
    expect((await alerts(incident.id)).map((a: { kind: string }) => a.kind)).toEqual(['overdue']);
  });
});

describe('deadline jobs', () => {
  const jobs = (id: string) => t.db.query(
    `SELECT key, run_at FROM ${t.config.jobSchema}._private_jobs WHERE key LIKE $1 ORDER BY key`, [`incident:${id}:%`]);

  it('schedules a job at the reminder time and one just after the deadline, replaced (not added to) by each update', async () => {
    const [s] = await settings(t, 1);
    const incident = await declare(t, auth, { affectedSettingIds: [s!.id] });
    const due = Date.parse(incident.nextUpdateDueAt as string);
    let rows = await jobs(incident.id);
    expect(rows.map((r: { key: string; run_at: Date }) => [r.key, new Date(r.run_at).getTime()])).toEqual([
      [`incident:${incident.id}:due`, due + 1000],
      [`incident:${incident.id}:remind`, due - 10 * MIN],
    ]);
    t.clock.advance(20 * MIN);
    const res = await t.http().post(`/api/incidents/${incident.id}/updates`).set(auth).send({ audience: 'customers', message: 'x' }).expect(201);
    rows = await jobs(incident.id);
    expect(rows).toHaveLength(2);
    expect(new Date(rows[1].run_at).getTime()).toBe(Date.parse(res.body.incident.nextUpdateDueAt) - 10 * MIN);
  });

  it('removes the jobs when the incident is resolved', async () => {
    const incident = await declare(t, auth);
    await t.http().post(`/api/incidents/${incident.id}/resolve`).set(auth).send({ summary: 'x' }).expect(200);
    expect(await jobs(incident.id)).toEqual([]);
  });
});
