import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { DAYS, declare, HOURS, LONG_SESSIONS, MIN, outboxFor, settings, signInEachRole, type Auth } from './incident-fixtures.js';

let t: TestApp;
let support: Auth;
let it_: Auth;
let smt: Auth;
let developer: Auth;
let admin: Auth;
beforeAll(async () => {
  t = await startApp(LONG_SESSIONS);
  ({ support, it_, smt, developer, admin } = await signInEachRole(t));
});
afterAll(async () => { await t.close(); });

const path = (id: string, rest = '') => `/api/incidents/${id}${rest}`;
interface Task { key: string; day: number; role: string; settingId?: string; done: boolean; doneAt?: string; doneBy?: string | null }
const tasks = async (id: string, query = '') => (await t.http().get(path(id, `/tasks${query}`)).set(smt).expect(200)).body as Task[];
const ago = (ms: number) => new Date(t.clock.now().getTime() - ms).toISOString();

describe('GET /api/incidents/:id/tasks', () => {
  it('answers 401 without a session and 403 to admins', async () => {
    expect((await t.http().get(path(randomUUID(), '/tasks'))).status).toBe(401);
    const incident = await declare(t, support);
    expect((await t.http().get(path(incident.id, '/tasks')).set(admin)).status).toBe(403);
  });

  it('lists day 1\'s playbook with the roles the policy names, the notification already done by the system', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    const list = await tasks(incident.id);
    expect(list.map((x) => [x.key, x.day, x.role])).toEqual([
      ['notify_critical', 1, 'it_manager'],
      ['decide_functionality', 1, 'it_manager'],
      ['record_cases', 1, 'support'],
      ['count_affected', 1, 'it_manager'],
      ['portal_message', 1, 'it_manager'],
      ['brief_smt', 1, 'it_manager'],
    ]);
    expect(list[0]).toMatchObject({ done: true, doneBy: null, doneAt: incident.declaredAt });
    // Support naming the settings at declaration does not count them on IT's behalf.
    expect(list.filter((x) => x.key !== 'notify_critical').every((x) => !x.done)).toBe(true);
  });

  it('completes day 1\'s tasks from what happens: a decision, a case, the register, the portal message, an IT briefing', async () => {
    const setting = await t.make.setting();
    const supportCase = await t.make.supportCase(setting.id);
    const incident = await declare(t, support);
    const itManager = await t.make.staff(['it_manager']);
    await t.http().post(path(incident.id, '/decisions')).set(itManager.auth).send({ kind: 'keep_functionality', rationale: 'Low impact' }).expect(201);
    await t.http().post(path(incident.id, '/cases')).set(support).send({ caseId: supportCase.id }).expect(201);
    await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message: 'Investigating' }).expect(200);
    expect((await tasks(incident.id, '?key=count_affected'))[0]!.done).toBe(false);
    await t.http().post(path(incident.id, '/affected-settings')).set(itManager.auth).send({ settingIds: [setting.id] }).expect(200);
    // An internal update from support does not brief SMT on IT's behalf; one from IT does.
    await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'internal', message: 'CX has 3 calls' }).expect(201);
    expect((await tasks(incident.id, '?key=brief_smt'))[0]!.done).toBe(false);
    await t.http().post(path(incident.id, '/updates')).set(itManager.auth).send({ audience: 'internal', message: 'Magnitude: 1 setting' }).expect(201);
    const list = await tasks(incident.id, '?day=1');
    expect(list.every((x) => x.done)).toBe(true);
    expect(list.find((x) => x.key === 'decide_functionality')!.doneBy).toBe(itManager.staff.id);
  });

  it('adds a telephone update and a written confirmation for each affected setting on day 2, and an SMT contact on day 3', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, b!.id] });
    expect((await tasks(incident.id)).filter((x) => x.settingId)).toEqual([]);
    t.clock.advance(1 * DAYS);
    const day2 = await tasks(incident.id, '?day=2');
    expect(day2.map((x) => `${x.key}:${x.settingId ?? ''}`).sort()).toEqual([
      'it_update:',
      `telephone_update:${a!.id}`, `telephone_update:${b!.id}`,
      `written_confirmation:${a!.id}`, `written_confirmation:${b!.id}`,
    ].sort());
    expect(day2.filter((x) => x.settingId).every((x) => x.role === 'support' && !x.done)).toBe(true);
    t.clock.advance(1 * DAYS);
    const day3 = await tasks(incident.id, '?day=3');
    expect(day3.map((x) => `${x.key}:${x.settingId ?? ''}`).sort()).toEqual([
      'it_update:', `smt_contact:${a!.id}`, `smt_contact:${b!.id}`,
      `telephone_update:${a!.id}`, `telephone_update:${b!.id}`, `written_confirmation:${a!.id}`, `written_confirmation:${b!.id}`,
    ].sort());
    expect(day3.filter((x) => x.key === 'smt_contact').every((x) => x.role === 'smt')).toBe(true);
  });

  it('gives a setting added on day 4 its tasks on day 4', async () => {
    const incident = await declare(t, support, { discoveredAt: ago(3 * DAYS + HOURS) });
    const late = await t.make.setting();
    await t.http().post(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [late.id] }).expect(200);
    const mine = await tasks(incident.id, `?settingId=${late.id}`);
    expect(mine.map((x) => [x.key, x.day])).toEqual([['telephone_update', 4], ['written_confirmation', 4], ['smt_contact', 4]]);
  });

  it('adds an IT progress update for every day from day 2 on', async () => {
    const incident = await declare(t, support, { discoveredAt: ago(2 * DAYS + HOURS) });
    expect((await tasks(incident.id, '?key=it_update')).map((x) => x.day)).toEqual([2, 3]);
  });

  it('follows the list convention too: filter, range and Content-Range, each task with an id', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, b!.id], discoveredAt: ago(DAYS + HOURS) });
    const q = `filter=${encodeURIComponent(JSON.stringify({ day: 2, done: false }))}&range=[0,1]&sort=["day","ASC"]`;
    const res = await t.http().get(path(incident.id, `/tasks?${q}`)).set(smt);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('tasks 0-1/5');
    expect(res.body.map((x: Task & { id: string }) => x.id)).toEqual(['it_update:2:-', expect.stringMatching(/^telephone_update:2:/)]);
    expect((await t.http().get(path(incident.id, `/tasks?filter=${encodeURIComponent('{"colour":"red"}')}`)).set(smt)).status).toBe(400);
  });

  it('answers 400 for a malformed filter', async () => {
    const incident = await declare(t, support);
    expect((await t.http().get(path(incident.id, '/tasks?day=zero')).set(smt)).status).toBe(400);
    expect((await t.http().get(path(incident.id, '/tasks?key=nap')).set(smt)).status).toBe(400);
    expect((await t.http().get(path(incident.id, '/tasks?colour=red')).set(smt)).status).toBe(400);
  });
});

describe('POST /api/incidents/:id/contacts', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(path(randomUUID(), '/contacts')).send({})).status).toBe(401);
  });

  it('is refused to developers, admins and IT managers (the task table gives calls to CX and SMT)', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    for (const auth of [developer, admin, it_]) {
      expect((await t.http().post(path(incident.id, '/contacts')).set(auth).send({ settingId: a!.id, kind: 'telephone_update', summary: 'x' })).status).toBe(403);
    }
  });

  it('lets each role log only its own kind of contact', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    expect((await t.http().post(path(incident.id, '/contacts')).set(support).send({ settingId: a!.id, kind: 'smt_contact', summary: 'x' })).status).toBe(403);
    expect((await t.http().post(path(incident.id, '/contacts')).set(smt).send({ settingId: a!.id, kind: 'telephone_update', summary: 'x' })).status).toBe(403);
    expect((await t.http().post(path(incident.id, '/contacts')).set(smt).send({ settingId: a!.id, kind: 'smt_contact', summary: 'Explained the delay' })).status).toBe(201);
  });

  it('completes that setting\'s task; a call made before the task\'s day does not count for it', async () => {
    const [a, b] = await settings(t, 2);
    const caller = await t.make.staff(['support']);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, b!.id] });
    await t.http().post(path(incident.id, '/contacts')).set(caller.auth).send({ settingId: a!.id, kind: 'telephone_update', summary: 'Early call' }).expect(201);
    t.clock.advance(1 * DAYS + MIN);
    expect((await tasks(incident.id, `?settingId=${a!.id}&key=telephone_update`))[0]!.done).toBe(false);
    const res = await t.http().post(path(incident.id, '/contacts')).set(caller.auth).send({ settingId: a!.id, kind: 'telephone_update', summary: 'Spoke to the manager' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'contact', contactKind: 'telephone_update', settingId: a!.id, settingName: a!.name, message: 'Spoke to the manager' });
    const mine = (await tasks(incident.id, `?settingId=${a!.id}&key=telephone_update`))[0]!;
    expect(mine).toMatchObject({ done: true, doneBy: caller.staff.id, doneAt: res.body.at });
    expect((await tasks(incident.id, `?settingId=${b!.id}&key=telephone_update`))[0]!.done).toBe(false);
  });

  it('answers 400 for a setting the incident does not affect, and for bad input naming the fields', async () => {
    const [a, other] = await settings(t, 2);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    const res = await t.http().post(path(incident.id, '/contacts')).set(support).send({ settingId: other!.id, kind: 'telephone_update', summary: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/settingId/);
    const bad = await t.http().post(path(incident.id, '/contacts')).set(support).send({ settingId: 'x', kind: 'letter' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'settingId', 'summary']);
  });

  it('answers 404 for an unknown incident', async () => {
    expect((await t.http().post(path(randomUUID(), '/contacts')).set(support).send({ settingId: randomUUID(), kind: 'telephone_update', summary: 'x' })).status).toBe(404);
  });
});

describe('POST /api/incidents/:id/written-confirmations', () => {
  it('answers 401 without a session and 403 to those who do not write to customers', async () => {
    expect((await t.http().post(path(randomUUID(), '/written-confirmations')).send({ message: 'x' })).status).toBe(401);
    const incident = await declare(t, support);
    for (const auth of [smt, developer, admin, it_]) {
      expect((await t.http().post(path(incident.id, '/written-confirmations')).set(auth).send({ message: 'x' })).status).toBe(403);
    }
  });

  it('emails each outstanding setting its confirmation and logs it as done, once', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, b!.id], discoveredAt: ago(DAYS + HOURS) });
    const res = await t.http().post(path(incident.id, '/written-confirmations')).set(support).send({ message: 'As discussed by phone, registers are read-only until 5pm.' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.sent).toBe(2);
    const mails = await outboxFor(t, incident.id, 'incident.written_confirmation');
    expect(mails.map((m) => m.to).sort()).toEqual([a!.contactEmail, b!.contactEmail].sort());
    expect((await tasks(incident.id, '?key=written_confirmation')).every((x) => x.done)).toBe(true);
    const again = await t.http().post(path(incident.id, '/written-confirmations')).set(support).send({ message: 'Again' });
    expect(again.body.sent).toBe(0);
    expect(await outboxFor(t, incident.id, 'incident.written_confirmation')).toHaveLength(2);
  });

  it('needs the settings named before day 2, and refuses settings the incident does not affect', async () => {
    const [a, other] = await settings(t, 2);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    expect((await t.http().post(path(incident.id, '/written-confirmations')).set(support).send({ message: 'x' })).status).toBe(400);
    expect((await t.http().post(path(incident.id, '/written-confirmations')).set(support).send({ message: 'x', settingIds: [other!.id] })).status).toBe(400);
    const named = await t.http().post(path(incident.id, '/written-confirmations')).set(support).send({ message: 'x', settingIds: [a!.id] });
    expect(named.status).toBe(201);
    expect(named.body.sent).toBe(1);
  });
});

describe('GET /api/incidents/:id/recipients', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get(path(randomUUID(), '/recipients/customers'))).status).toBe(401);
  });

  it('previews who a customer update would reach, and who has no contact email', async () => {
    const [a] = await settings(t, 1);
    const silent = await t.make.setting({ contactEmail: null });
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, silent.id] });
    const res = await t.http().get(path(incident.id, '/recipients/customers')).set(support);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ audience: 'customers', count: 1, recipients: [{ settingId: a!.id, email: a!.contactEmail }], withoutEmailCount: 1 });
    expect((await t.http().get(path(incident.id, '/recipients/everyone')).set(support)).status).toBe(400);
    const internal = await t.http().get(path(incident.id, '/recipients/internal')).set(support);
    expect(internal.body).toMatchObject({ audience: 'internal', count: expect.any(Number) });
    // Colleagues' email addresses are for admins only: the preview names them.
    expect(internal.body.recipients.every((r: { name: string; email?: string }) => !!r.name && r.email === undefined)).toBe(true);
  });
});

describe('GET /api/incidents/:id/timeline', () => {
  it('answers 401 without a session and 403 to admins', async () => {
    expect((await t.http().get(path(randomUUID(), '/timeline'))).status).toBe(401);
    const incident = await declare(t, support);
    expect((await t.http().get(path(incident.id, '/timeline')).set(admin)).status).toBe(403);
  });

  it('tells the story in order: declaration, register, case, decision, portal message, updates and contacts', async () => {
    const [a] = await settings(t, 1);
    const supportCase = await t.make.supportCase(a!.id);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    await t.http().post(path(incident.id, '/cases')).set(support).send({ caseId: supportCase.id }).expect(201);
    await t.http().post(path(incident.id, '/decisions')).set(it_).send({ kind: 'remove_functionality', rationale: 'Stop the damage' }).expect(201);
    await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message: 'Registers are offline' }).expect(200);
    await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'Offline for now' }).expect(201);
    await t.http().post(path(incident.id, '/contacts')).set(support).send({ settingId: a!.id, kind: 'telephone_update', summary: 'Called' }).expect(201);
    const res = await t.http().get(path(incident.id, `/timeline?range=[0,99]&filter=${encodeURIComponent('{"kind":["declared","affected_settings","case_linked","decision","portal_message","customer_update","contact"]}')}`)).set(smt);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('timeline 0-6/7');
    expect(res.body.map((e: { kind: string }) => e.kind)).toEqual(['declared', 'affected_settings', 'case_linked', 'decision', 'portal_message', 'customer_update', 'contact']);
    expect(res.body[6]).toMatchObject({ settingName: a!.name, actorName: expect.any(String), contactKind: 'telephone_update' });
    expect(res.body[5]).toMatchObject({ audience: 'customers', onTime: true, recipients: 1 });
  });
});

describe('GET /api/incidents/dashboard', () => {
  it('answers 401 without a session and 403 to admins', async () => {
    expect((await t.http().get('/api/incidents/dashboard')).status).toBe(401);
    expect((await t.http().get('/api/incidents/dashboard').set(admin)).status).toBe(403);
  });

  it('shows SMT the active incidents, their magnitude, update compliance and the overdue list', async () => {
    const [a, b, c] = await settings(t, 3);
    const onTrack = await declare(t, support, { affectedSettingIds: [a!.id, b!.id] });
    const late = await declare(t, support, { affectedSettingIds: [c!.id], discoveredAt: ago(2 * HOURS) });
    await t.http().post(path(onTrack.id, '/updates')).set(support).send({ audience: 'customers', message: 'On it' }).expect(201);
    const res = await t.http().get('/api/incidents/dashboard').set(smt);
    expect(res.status).toBe(200);
    const mine = res.body.active.filter((i: { id: string }) => i.id === onTrack.id || i.id === late.id);
    expect(mine.find((i: { id: string }) => i.id === onTrack.id)).toMatchObject({ settingsAffected: 2, updates: 1, onTime: 1, compliance: 1, overdue: false });
    expect(mine.find((i: { id: string }) => i.id === late.id)).toMatchObject({ settingsAffected: 1, updates: 0, overdue: true, compliance: 0 });
    expect(res.body.overdue.map((o: { id: string }) => o.id)).toContain(late.id);
    expect(res.body.overdue.find((o: { id: string }) => o.id === late.id).minutesOverdue).toBe(60);
    expect(res.body.settingsAffected).toBeGreaterThanOrEqual(3);
    expect(res.body.compliance).toMatchObject({ windowDays: 30, share: expect.any(Number) });
    expect(res.body.byDay).toHaveLength(14);
    expect(res.body.byDay.at(-1).onTime).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /api/incidents/:id/review', () => {
  it('answers 401 without a session and 403 to admins', async () => {
    expect((await t.http().get(path(randomUUID(), '/review'))).status).toBe(401);
    const incident = await declare(t, support);
    expect((await t.http().get(path(incident.id, '/review')).set(admin)).status).toBe(403);
  });

  it('reviews a resolved incident: compliance, playbook, decisions, timeline; and exports it as Markdown', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id], title: 'Registers lost on save' });
    await t.http().post(path(incident.id, '/decisions')).set(it_).send({ kind: 'remove_functionality', rationale: 'Data loss' }).expect(201);
    t.clock.advance(30 * MIN);
    await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'First' }).expect(201);
    t.clock.advance(90 * MIN);
    await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'Second, late' }).expect(201);
    await t.http().post(path(incident.id, '/resolve')).set(it_).send({ summary: 'A bad migration; rolled back.' }).expect(200);
    const res = await t.http().get(path(incident.id, '/review')).set(smt);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      incident: { status: 'resolved' }, durationMinutes: 120,
      customerUpdates: { updates: 2, onTime: 1, late: 1, compliance: 0.5 },
      decisions: [{ decision: 'remove_functionality' }],
      tasks: { notify_critical: { done: 1, total: 1 }, decide_functionality: { done: 1, total: 1 } },
    });
    const md = await t.http().get(path(incident.id, '/review?format=markdown')).set(smt);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.headers['content-disposition']).toMatch(/attachment/);
    expect(md.text).toContain('# Post-incident review: Registers lost on save');
    expect(md.text).toContain('2 update(s), 1 on time, 1 late');
    expect(md.text).toContain('A bad migration; rolled back.');
    expect((await t.http().get(path(incident.id, '/review?format=pdf')).set(smt)).status).toBe(400);
  });
});
