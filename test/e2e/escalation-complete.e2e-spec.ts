import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentDeadlinesService } from '../../server/src/incidents/incident-deadlines.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { DAYS, declare, HOURS, LONG_SESSIONS, MIN, outboxFor, settings, type Auth } from './incident-fixtures.js';

// The escalation policy walked day by day on an injected clock: the worker is off and the sweep is called by hand.
let t: TestApp;
let support: Awaited<ReturnType<TestApp['make']['staff']>>;
let smt: Awaited<ReturnType<TestApp['make']['staff']>>;
let itm: Awaited<ReturnType<TestApp['make']['staff']>>;
let developer: Auth;
beforeAll(async () => {
  t = await startApp(LONG_SESSIONS);
  support = await t.make.staff(['support']);
  smt = await t.make.staff(['smt']);
  itm = await t.make.staff(['it_manager']);
  developer = (await t.make.staff(['developer'])).auth;
});
afterAll(async () => { await t.close(); });

const path = (id: string, rest = '') => `/api/incidents/${id}${rest}`;
const ago = (ms: number) => new Date(t.clock.now().getTime() - ms).toISOString();
interface Task { key: string; day: number; role: string; settingId?: string; done: boolean; doneBy?: string | null }
const tasks = async (id: string, query = '') => (await t.http().get(path(id, `/tasks${query}`)).set(smt.auth).expect(200)).body as Task[];
const sweep = (id: string) => t.app.get(IncidentDeadlinesService).sweep([id]);

describe('calls and letters every day from day 2', () => {
  it('brings each affected setting a new telephone update and written confirmation on day 4, each done only by that day\'s contact', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id, b!.id] });
    t.clock.advance(3 * DAYS + HOURS);
    const day4 = await tasks(incident.id, '?day=4');
    expect(day4.filter((x) => x.settingId).map((x) => `${x.key}:${x.settingId}`).sort()).toEqual([
      `telephone_update:${a!.id}`, `telephone_update:${b!.id}`, `written_confirmation:${a!.id}`, `written_confirmation:${b!.id}`,
    ].sort());
    expect(day4.every((x) => x.day === 4 && !x.done)).toBe(true);
    // The contacts route completes that setting's task for the current day, and no other day's.
    const logged = await t.http().post(path(incident.id, '/contacts')).set(support.auth).send({ settingId: a!.id, kind: 'telephone_update', summary: 'Spoke to the manager' });
    expect(logged.status, logged.text).toBe(201);
    const calls = (await tasks(incident.id, `?key=telephone_update`)).filter((x) => x.settingId === a!.id);
    expect(calls.map((x) => [x.day, x.done])).toEqual([[2, false], [3, false], [4, true]]);
    expect(calls[2]!.doneBy).toBe(support.staff.id);
    t.clock.advance(1 * DAYS);
    const day5 = (await tasks(incident.id, '?day=5')).filter((x) => x.settingId === a!.id && x.key === 'telephone_update');
    expect(day5).toMatchObject([{ done: false }]);
  });

  it('asks for one SMT contact per setting from day 3, not one a day', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id] });
    t.clock.advance(4 * DAYS + HOURS);
    const smtTasks = await tasks(incident.id, '?key=smt_contact');
    expect(smtTasks.map((x) => [x.day, x.role, x.settingId])).toEqual([[3, 'smt', a!.id]]);
    await t.http().post(path(incident.id, '/contacts')).set(smt.auth).send({ settingId: a!.id, kind: 'smt_contact', summary: 'Fix expected Friday; delay explained' }).expect(201);
    expect(await tasks(incident.id, '?key=smt_contact')).toMatchObject([{ done: true, doneBy: smt.staff.id }]);
  });
});

describe('a task is completed only by its role', () => {
  it('refuses each role a contact of another role\'s kind with 403, and changes nothing', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id], discoveredAt: ago(2 * DAYS + HOURS) });
    const post = (auth: Auth, kind: string) => t.http().post(path(incident.id, '/contacts')).set(auth).send({ settingId: a!.id, kind, summary: 'x' });
    expect((await t.http().post(path(incident.id, '/contacts')).send({ settingId: a!.id, kind: 'smt_contact', summary: 'x' })).status).toBe(401);
    expect((await post(smt.auth, 'telephone_update')).status).toBe(403);
    expect((await post(smt.auth, 'written_confirmation')).status).toBe(403);
    expect((await post(support.auth, 'smt_contact')).status).toBe(403);
    expect((await post(itm.auth, 'smt_contact')).status).toBe(403);
    expect((await post(developer, 'telephone_update')).status).toBe(403);
    expect((await tasks(incident.id)).filter((x) => x.settingId).every((x) => !x.done)).toBe(true);
  });

  it('does not tick IT\'s count_affected when support adds settings; an IT manager\'s register does', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id] });
    await t.http().post(path(incident.id, '/affected-settings')).set(support.auth).send({ settingIds: [b!.id] }).expect(200);
    expect(await tasks(incident.id, '?key=count_affected')).toMatchObject([{ done: false }]);
    await t.http().post(path(incident.id, '/affected-settings')).set(itm.auth).send({ settingIds: [b!.id] }).expect(200);
    expect(await tasks(incident.id, '?key=count_affected')).toMatchObject([{ done: true, doneBy: itm.staff.id, role: 'it_manager' }]);
  });

  it('does not tick support\'s record_cases when an IT manager links the case', async () => {
    const setting = await t.make.setting();
    const c1 = await t.make.supportCase(setting.id);
    const c2 = await t.make.supportCase(setting.id);
    const incident = await declare(t, itm.auth);
    await t.http().post(path(incident.id, '/cases')).set(itm.auth).send({ caseId: c1.id }).expect(201);
    expect(await tasks(incident.id, '?key=record_cases')).toMatchObject([{ done: false }]);
    await t.http().post(path(incident.id, '/cases')).set(support.auth).send({ caseId: c2.id }).expect(201);
    expect(await tasks(incident.id, '?key=record_cases')).toMatchObject([{ done: true, doneBy: support.staff.id }]);
  });
});

describe('every missed update is escalated', () => {
  it('counts 32 missed updates after 49 hours without one, and emails SMT for each, once', async () => {
    const incident = await declare(t, support.auth);
    t.clock.advance(49 * HOURS);
    // Day 1: hourly deadlines 1 h..24 h; day 2: three-hourly 27 h..48 h.
    expect((await t.http().get(path(incident.id)).set(smt.auth)).body).toMatchObject({ overdue: true, missedUpdates: 32 });
    await sweep(incident.id);
    await sweep(incident.id);
    await t.app.get(IncidentDeadlinesService).check(incident.id);
    const toSmt = (await outboxFor(t, incident.id, 'incident.overdue')).filter((m) => m.to === smt.email);
    expect(toSmt).toHaveLength(32);
    expect(new Set(toSmt.map((m) => m.idempotencyKey)).size).toBe(32);
    expect(toSmt.map((m) => m.subject)).toContain(`OVERDUE customer update (missed update 32): ${incident.title as string}`);
    t.clock.advance(3 * HOURS);
    await sweep(incident.id);
    expect((await outboxFor(t, incident.id, 'incident.overdue')).filter((m) => m.to === smt.email)).toHaveLength(33);
    expect((await t.http().get(path(incident.id)).set(smt.auth)).body.missedUpdates).toBe(33);
  });

  it('keeps counting the misses before a late update and restarts the run after it', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id] });
    t.clock.advance(2 * HOURS + 30 * MIN);
    await sweep(incident.id);
    await t.http().post(path(incident.id, '/updates')).set(support.auth).send({ audience: 'customers', message: 'Still working on it' }).expect(201);
    const after = (await t.http().get(path(incident.id)).set(smt.auth)).body;
    expect(after).toMatchObject({ overdue: false, missedUpdates: 2 });
    t.clock.advance(61 * MIN);
    await sweep(incident.id);
    expect((await t.http().get(path(incident.id)).set(smt.auth)).body.missedUpdates).toBe(3);
    const subjects = (await outboxFor(t, incident.id, 'incident.overdue')).filter((m) => m.to === smt.email).map((m) => m.subject);
    expect(subjects.map((s) => /missed update (\d+)/.exec(s)![1]).sort()).toEqual(['1', '2', '3']);
  });

  it('shows the misses on the SMT dashboard', async () => {
    const incident = await declare(t, support.auth);
    t.clock.advance(3 * HOURS + MIN);
    const dash = (await t.http().get('/api/incidents/dashboard').set(smt.auth).expect(200)).body;
    expect(dash.active.find((x: { id: string }) => x.id === incident.id)).toMatchObject({ missedUpdates: 3, overdue: true });
  });
});

describe('resolution tells the customers', () => {
  it('emails each affected setting\'s contact that the incident is resolved, once', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id, b!.id] });
    await t.http().post(path(incident.id, '/resolve')).set(support.auth).send({ summary: 'Fixed the save button' }).expect(200);
    expect((await t.http().post(path(incident.id, '/resolve')).set(support.auth).send({ summary: 'Again' })).status).toBe(409);
    const mails = await outboxFor(t, incident.id, 'incident.resolved_customer');
    expect(mails.map((m) => m.to).sort()).toEqual([a!.contactEmail, b!.contactEmail].sort());
    expect(mails.every((m) => /resolved/i.test(m.subject) && m.body.includes(incident.title as string))).toBe(true);
  });
});

describe('a late declaration', () => {
  it('is flagged when declared more than 60 minutes after discovery, and says so on the timeline', async () => {
    const incident = await declare(t, support.auth, { discoveredAt: ago(50 * HOURS) });
    expect(incident.lateDeclaration).toBe(true);
    const timeline = (await t.http().get(path(incident.id, '/timeline')).set(smt.auth).expect(200)).body as { kind: string; message: string }[];
    const late = timeline.find((e) => e.kind === 'late_declaration');
    expect(late?.message).toMatch(/2 d 2 h after discovery/);
  });

  it('is not flagged at 60 minutes or less', async () => {
    const onTime = await declare(t, support.auth, { discoveredAt: ago(60 * MIN) });
    expect(onTime.lateDeclaration).toBe(false);
    const timeline = (await t.http().get(path(onTime.id, '/timeline')).set(smt.auth).expect(200)).body as { kind: string }[];
    expect(timeline.some((e) => e.kind === 'late_declaration')).toBe(false);
  });
});

const NOTICE = {
  natureOfBreach: 'A report exported one setting\'s registers to another setting\'s account',
  dataCategories: ['children\'s names', 'attendance times'],
  approxSubjects: 40,
  approxRecords: 1200,
  likelyConsequences: 'Low: the recipient is another nursery bound by confidentiality',
  measuresTaken: 'Export switched off; the copy deleted and deletion confirmed',
  contactPoint: 'Data Protection Lead, dpo@custodian.test, 01223 000111',
};

describe('breach notices (Art. 33(3))', () => {
  it('answers 401 without a session, 403 to SMT and developers, 404 for an unknown incident', async () => {
    const incident = await declare(t, support.auth, { personalDataBreach: true });
    expect((await t.http().post(path(incident.id, '/breach-notices')).send(NOTICE)).status).toBe(401);
    expect((await t.http().get(path(incident.id, '/breach-notices'))).status).toBe(401);
    expect((await t.http().post(path(incident.id, '/breach-notices')).set(smt.auth).send(NOTICE)).status).toBe(403);
    expect((await t.http().post(path(incident.id, '/breach-notices')).set(developer).send(NOTICE)).status).toBe(403);
    expect((await t.http().post(path(randomUUID(), '/breach-notices')).set(support.auth).send(NOTICE)).status).toBe(404);
  });

  it('refuses a notice missing a heading, or with bad numbers, with 400 naming the field', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support.auth, { personalDataBreach: true, affectedSettingIds: [a!.id] });
    const { contactPoint: _c, ...noContact } = NOTICE;
    const missing = await t.http().post(path(incident.id, '/breach-notices')).set(support.auth).send(noContact);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('contactPoint');
    const negative = await t.http().post(path(incident.id, '/breach-notices')).set(support.auth).send({ ...NOTICE, approxSubjects: -1, dataCategories: [] });
    expect(negative.status).toBe(400);
    expect(negative.body.message).toMatch(/approxSubjects.*dataCategories|dataCategories.*approxSubjects/);
    expect((await t.http().get(path(incident.id, '/breach-notices')).set(support.auth)).body).toEqual([]);
  });

  it('refuses with 409 when the incident is not flagged as a personal data breach', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id] });
    const res = await t.http().post(path(incident.id, '/breach-notices')).set(itm.auth).send(NOTICE);
    expect(res.status).toBe(409);
    expect(await outboxFor(t, incident.id, 'incident.breach_article_notice')).toEqual([]);
  });

  it('emails every affected setting\'s DPO the Art. 33(3) headings; a later call sends a follow-up; each row is listed', async () => {
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, support.auth, { personalDataBreach: true, affectedSettingIds: [a!.id, b!.id], discoveredAt: ago(5 * HOURS) });
    const preview = await t.http().post(path(incident.id, '/breach-notices/preview')).set(support.auth).send(NOTICE);
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body.map((p: { to: string }) => p.to).sort()).toEqual([a!.dpoEmail, b!.dpoEmail].sort());
    expect(await outboxFor(t, incident.id, 'incident.breach_article_notice')).toEqual([]);

    const first = await t.http().post(path(incident.id, '/breach-notices')).set(support.auth).send(NOTICE);
    expect(first.status, first.text).toBe(201);
    const mails = await outboxFor(t, incident.id, 'incident.breach_article_notice');
    expect(mails.map((m) => m.to).sort()).toEqual([a!.dpoEmail, b!.dpoEmail].sort());
    for (const heading of ['Nature of the personal data breach', 'Categories of personal data concerned', 'Approximate number of data subjects concerned',
      'Approximate number of personal data records concerned', 'Likely consequences', 'Measures taken or proposed', 'Contact point']) {
      expect(mails[0]!.body).toContain(heading);
    }
    expect(mails[0]!.body).toContain('about 1,200');
    expect(mails[0]!.body).toContain(NOTICE.contactPoint);

    t.clock.advance(2 * HOURS);
    await t.http().post(path(incident.id, '/breach-notices')).set(itm.auth).send({ ...NOTICE, measuresTaken: 'Export fixed and re-enabled' }).expect(201);
    const all = await outboxFor(t, incident.id, 'incident.breach_article_notice');
    expect(all).toHaveLength(4);
    expect(all.filter((m) => /^Follow-up/.test(m.subject))).toHaveLength(2);

    const rows = await t.http().get(path(incident.id, '/breach-notices')).set(smt.auth);
    expect(rows.status).toBe(200);
    expect(rows.headers['content-range']).toBe('breach-notices 0-3/4');
    expect(rows.body.map((r: { settingId: string; followUp: boolean; hoursSinceAwareness: number }) => [r.settingId, r.followUp, r.hoursSinceAwareness]).sort())
      .toEqual([[a!.id, false, 5], [a!.id, true, 7], [b!.id, false, 5], [b!.id, true, 7]].sort());
    expect(rows.body[0]).toMatchObject({ sentAt: expect.any(String) });
    const timeline = (await t.http().get(path(incident.id, '/timeline')).set(smt.auth)).body as { kind: string }[];
    expect(timeline.filter((e) => e.kind === 'breach_notice')).toHaveLength(2);
  });
});

describe('failed deliveries for support', () => {
  it('shows support the failed emails of incidents, without their words, and nothing else of the outbox', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support.auth, { affectedSettingIds: [a!.id] });
    await t.http().post(path(incident.id, '/updates')).set(support.auth).send({ audience: 'customers', message: 'We are on it' }).expect(201);
    const update = (await outboxFor(t, incident.id, 'incident.customer_update'))[0]!;
    await t.db.getRepository(OutboxMessage).update({ id: update.id }, { status: 'failed', lastError: '550 mailbox unavailable' });
    const list = await t.http().get('/api/outbox').query({ filter: JSON.stringify({ incidentId: incident.id }) }).set(support.auth);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ id: update.id, status: 'failed', to: a!.contactEmail, lastError: '550 mailbox unavailable' });
    expect(list.body[0].body).toBeUndefined();
    const declared = (await outboxFor(t, incident.id, 'incident.declared'))[0]!;
    expect((await t.http().get(`/api/outbox/${declared.id}`).set(support.auth)).status).toBe(404);
    expect((await t.http().get(`/api/outbox/${update.id}`).set(support.auth)).body.body).toBeUndefined();
    expect((await t.http().get(`/api/outbox/${update.id}`).set(smt.auth)).body.body).toContain('We are on it');
  });
});
