import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportCase } from '../../server/src/cases/case.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';
import { DAYS, declare, HOURS, LONG_SESSIONS, MIN, outboxFor, settings, signInEachRole, type Auth } from './incident-fixtures.js';

let t: TestApp;
let support: Auth;
let it_: Auth;
let smt: Auth;
let developer: Auth;
let admin: Auth;
beforeAll(async () => {
  t = await startApp({ ...LONG_SESSIONS, CRITICAL_EMAIL: 'critical@company.test' });
  ({ support, it_, smt, developer, admin } = await signInEachRole(t));
});
afterAll(async () => { await t.close(); });

const path = (id: string, rest = '') => `/api/incidents/${id}${rest}`;

describe('POST /api/incidents', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post('/api/incidents').send({ title: 'x', description: 'y' })).status).toBe(401);
  });

  it('is refused to developers, SMT and admins', async () => {
    for (const auth of [developer, smt, admin]) {
      expect((await t.http().post('/api/incidents').set(auth).send({ title: 'x', description: 'y' })).status).toBe(403);
    }
  });

  it('lets support declare a critical: day 1, hourly cadence, the first update due an hour after discovery', async () => {
    const me = await t.make.staff(['support']);
    const [a, b] = await settings(t, 2);
    const incident = await declare(t, me.auth, { affectedSettingIds: [a!.id, b!.id] });
    const now = t.clock.now().getTime();
    expect(incident).toMatchObject({
      status: 'active', ownerId: me.staff.id, declaredById: me.staff.id, day: 1, cadenceMinutes: 60, overdue: false,
      reminderDue: false, personalDataBreach: false, functionalityRemoved: null, portalMessage: null, lastCustomerUpdateAt: null,
      affectedSettingsCount: 2,
    });
    expect(new Set(incident.affectedSettingIds as string[])).toEqual(new Set([a!.id, b!.id]));
    expect(Date.parse(incident.discoveredAt as string)).toBe(now);
    expect(Date.parse(incident.nextUpdateDueAt as string)).toBe(now + 60 * MIN);
  });

  it('lets an IT manager declare too', async () => {
    expect((await t.http().post('/api/incidents').set(it_).send({ title: 'Outage', description: 'Login fails' })).status).toBe(201);
  });

  it('emails the critical mailbox and every active IT manager at once, but no IT manager who has left', async () => {
    const a = await t.make.staff(['it_manager']);
    const b = await t.make.staff(['it_manager', 'smt']);
    const gone = await t.make.staff(['it_manager']);
    await t.db.query('UPDATE staff SET active = false WHERE id = $1', [gone.staff.id]);
    const incident = await declare(t, support);
    const mails = await outboxFor(t, incident.id, 'incident.declared');
    const to = mails.map((m) => m.to);
    expect(to).toContain('critical@company.test');
    expect(to).toContain(a.email);
    expect(to).toContain(b.email);
    expect(to).not.toContain(gone.email);
    expect(new Set(to).size).toBe(to.length);
    expect(mails.every((m) => m.status === 'captured' && m.subject.includes('[CRITICAL]'))).toBe(true);
  });

  it('accepts a discovery in the past: the clock runs from discovery, so a late declaration starts overdue', async () => {
    const discoveredAt = new Date(t.clock.now().getTime() - 26 * HOURS).toISOString();
    const incident = await declare(t, support, { discoveredAt });
    expect(incident).toMatchObject({ day: 2, cadenceMinutes: 180, overdue: true });
    expect(incident.nextUpdateDueAt).toBe(new Date(Date.parse(discoveredAt) + 60 * MIN).toISOString());
  });

  it('refuses a discovery in the future', async () => {
    const res = await t.http().post('/api/incidents').set(support)
      .send({ title: 'x', description: 'y', discoveredAt: new Date(t.clock.now().getTime() + MIN).toISOString() });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/discoveredAt/);
  });

  it('answers 400 naming the fields for bad input, and for fields a client may not set', async () => {
    const bad = await t.http().post('/api/incidents').set(support).send({ description: 5, affectedSettingIds: ['nope'], discoveredAt: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'description', 'affectedSettingIds', 'discoveredAt']));
    const sneaky = await t.http().post('/api/incidents').set(support).send({ title: 'x', description: 'y', status: 'resolved', ownerId: randomUUID() });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.message).toMatch(/status/);
    expect(sneaky.body.message).toMatch(/ownerId/);
  });

  it('answers 400 for a setting that does not exist, and declares nothing', async () => {
    const title = uniq('Nothing');
    const res = await t.http().post('/api/incidents').set(support).send({ title, description: 'y', affectedSettingIds: [randomUUID()] });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/settingIds/);
    expect((await t.db.query('SELECT 1 FROM incidents WHERE title = $1', [title])).length).toBe(0);
  });
});

describe('GET /api/incidents and /api/incidents/:id', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().get('/api/incidents')).status).toBe(401);
    expect((await t.http().get(path(randomUUID()))).status).toBe(401);
  });

  it('is refused to admins, who run staff accounts and not incidents', async () => {
    expect((await t.http().get('/api/incidents').set(admin)).status).toBe(403);
    const incident = await declare(t, support);
    expect((await t.http().get(path(incident.id)).set(admin)).status).toBe(403);
  });

  it('lets SMT and developers read incidents, with the clock computed on every read', async () => {
    const incident = await declare(t, support);
    for (const auth of [smt, developer, support, it_]) {
      const res = await t.http().get(path(incident.id)).set(auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: incident.id, day: 1, overdue: false });
    }
    const list = await t.http().get(`/api/incidents?filter=${encodeURIComponent(JSON.stringify({ id: [incident.id] }))}`).set(smt);
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toMatch(/^incidents 0-0\/1$/);
    expect(list.body[0]).toMatchObject({ id: incident.id, nextUpdateDueAt: incident.nextUpdateDueAt, affectedSettingIds: [] });
  });

  it('reads overdue once the clock passes the deadline, with nothing stored changing', async () => {
    const incident = await declare(t, support);
    const before = (await t.http().get(path(incident.id)).set(smt)).body;
    t.clock.advance(61 * MIN);
    const after = (await t.http().get(path(incident.id)).set(smt)).body;
    expect(before).toMatchObject({ overdue: false, reminderDue: false });
    expect(after).toMatchObject({ overdue: true, reminderDue: true, nextUpdateDueAt: before.nextUpdateDueAt, updatedAt: before.updatedAt });
  });

  it('filters the list by status and refuses an unknown filter', async () => {
    const res = await t.http().get(`/api/incidents?filter=${encodeURIComponent('{"status":"active"}')}&range=[0,4]`).set(smt);
    expect(res.status).toBe(200);
    expect(res.body.every((i: { status: string }) => i.status === 'active')).toBe(true);
    expect((await t.http().get(`/api/incidents?filter=${encodeURIComponent('{"overdueBy":1}')}`).set(smt)).status).toBe(400);
  });

  it('answers 404 for an unknown id and for one that is not a UUID', async () => {
    expect((await t.http().get(path(randomUUID())).set(smt)).status).toBe(404);
    expect((await t.http().get('/api/incidents/not-an-id').set(smt)).status).toBe(404);
  });
});

describe('PUT /api/incidents/:id', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().put(path(randomUUID())).send({ title: 'x' })).status).toBe(401);
  });

  it('is refused to SMT, developers and admins', async () => {
    const incident = await declare(t, support);
    for (const auth of [smt, developer, admin]) expect((await t.http().put(path(incident.id)).set(auth).send({ title: 'x' })).status).toBe(403);
  });

  it('changes the facts, and ignores the server-kept and computed fields a client sends back', async () => {
    const incident = await declare(t, support);
    const res = await t.http().put(path(incident.id)).set(it_)
      .send({ ...incident, title: 'Registers fail to save', overdue: true, day: 9, status: 'resolved', portalMessage: 'sneaky', functionalityRemoved: true });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ title: 'Registers fail to save', status: 'active', day: 1, overdue: false, portalMessage: null, functionalityRemoved: null });
  });

  it('refuses unknown fields with 400', async () => {
    const incident = await declare(t, support);
    const res = await t.http().put(path(incident.id)).set(support).send({ severity: 'high' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/severity/);
  });

  it('hands the incident to another owner only if they are active support or IT', async () => {
    const incident = await declare(t, support);
    const other = await t.make.staff(['it_manager']);
    const dev = await t.make.staff(['developer']);
    expect((await t.http().put(path(incident.id)).set(support).send({ ownerId: dev.staff.id })).status).toBe(400);
    const res = await t.http().put(path(incident.id)).set(support).send({ ownerId: other.staff.id });
    expect(res.status).toBe(200);
    expect(res.body.ownerId).toBe(other.staff.id);
  });

  it('flags a personal data breach: each affected setting\'s DPO is told at once and the 72-hour controller deadline shows', async () => {
    const [a, b] = await settings(t, 2);
    const noDpo = await t.make.setting({ dpoEmail: null });
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, b!.id, noDpo.id] });
    const res = await t.http().put(path(incident.id)).set(support).send({ personalDataBreach: true });
    expect(res.status).toBe(200);
    const notified = t.clock.now().getTime();
    expect(Date.parse(res.body.breachNotifiedAt)).toBe(notified);
    expect(Date.parse(res.body.controllerDeadlineAt)).toBe(notified + 72 * HOURS);
    const notices = await outboxFor(t, incident.id, 'incident.breach_notice');
    expect(notices.map((n) => n.to).sort()).toEqual([a!.dpoEmail, b!.dpoEmail, noDpo.contactEmail].sort());
    // A setting added afterwards is told as well, once.
    const late = await t.make.setting();
    await t.http().post(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [late.id] }).expect(200);
    await t.http().post(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [late.id] }).expect(200);
    expect((await outboxFor(t, incident.id, 'incident.breach_notice')).filter((n) => n.to === late.dpoEmail)).toHaveLength(1);
  });

  it('will not withdraw a breach flag once DPOs have been told', async () => {
    const incident = await declare(t, support, { personalDataBreach: true });
    expect((await t.http().put(path(incident.id)).set(support).send({ personalDataBreach: false })).status).toBe(409);
  });

  it('answers 404 for an unknown incident', async () => {
    expect((await t.http().put(path(randomUUID())).set(support).send({ title: 'x' })).status).toBe(404);
  });
});

describe('POST /api/incidents/:id/updates', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(path(randomUUID(), '/updates')).send({ audience: 'customers', message: 'x' })).status).toBe(401);
  });

  it('is refused to SMT, developers and admins', async () => {
    const incident = await declare(t, support);
    for (const auth of [smt, developer, admin]) {
      expect((await t.http().post(path(incident.id, '/updates')).set(auth).send({ audience: 'internal', message: 'x' })).status).toBe(403);
    }
  });

  it('answers 400 naming the fields for a bad audience or an empty message', async () => {
    const incident = await declare(t, support);
    const res = await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'everyone', message: '' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['audience', 'message']);
  });

  it('refuses a customer update with 409 while no settings are affected, and the clock does not restart', async () => {
    const incident = await declare(t, support);
    expect((await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'x' })).status).toBe(409);
    expect((await t.http().get(path(incident.id)).set(support)).body.lastCustomerUpdateAt).toBeNull();
  });

  it('emails one personal update to each affected setting\'s contact and restarts the clock', async () => {
    const [a, b] = await settings(t, 2);
    const silent = await t.make.setting({ contactEmail: null });
    const incident = await declare(t, support, { affectedSettingIds: [a!.id, b!.id, silent.id] });
    t.clock.advance(40 * MIN);
    const res = await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'We are restoring registers.' });
    expect(res.status, res.text).toBe(201);
    const now = t.clock.now().getTime();
    expect(res.body).toMatchObject({ kind: 'customer_update', audience: 'customers', recipients: 2, onTime: true, withoutEmail: [{ settingId: silent.id }] });
    expect(Date.parse(res.body.incident.lastCustomerUpdateAt)).toBe(now);
    expect(Date.parse(res.body.incident.nextUpdateDueAt)).toBe(now + 60 * MIN);
    const mails = await outboxFor(t, incident.id, 'incident.customer_update');
    expect(mails.map((m) => [m.to, m.settingId]).sort()).toEqual([[a!.contactEmail, a!.id], [b!.contactEmail, b!.id]].sort());
    expect(mails.find((m) => m.settingId === a!.id)!.body).toContain(`Dear ${a!.name}`);
    expect(mails[0]!.body).toContain('We are restoring registers.');
  });

  it('records a late update as late and moves to the three-hourly cadence on day 2', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id], discoveredAt: new Date(t.clock.now().getTime() - 25 * HOURS).toISOString() });
    const res = await t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'Still working.' });
    expect(res.body).toMatchObject({ onTime: false, incident: { day: 2, cadenceMinutes: 180, overdue: false } });
    expect(Date.parse(res.body.incident.nextUpdateDueAt)).toBe(t.clock.now().getTime() + 180 * MIN);
  });

  it('sends an internal update to IT, CX and SMT without restarting the customer clock', async () => {
    const smtMember = await t.make.staff(['smt']);
    const cx = await t.make.staff(['support']);
    const dev = await t.make.staff(['developer']);
    const incident = await declare(t, support);
    const res = await t.http().post(path(incident.id, '/updates')).set(it_).send({ audience: 'internal', message: 'Root cause found.' });
    expect(res.status).toBe(201);
    expect(res.body.incident.lastCustomerUpdateAt).toBeNull();
    const to = (await outboxFor(t, incident.id, 'incident.internal_update')).map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining([smtMember.email, cx.email]));
    expect(to).not.toContain(dev.email);
  });

  it('answers 404 for an unknown incident', async () => {
    expect((await t.http().post(path(randomUUID(), '/updates')).set(support).send({ audience: 'internal', message: 'x' })).status).toBe(404);
  });
});

describe('the affected-settings register', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().put(path(randomUUID(), '/affected-settings')).send({ settingIds: [] })).status).toBe(401);
    expect((await t.http().get(path(randomUUID(), '/affected-settings'))).status).toBe(401);
  });

  it('is changed by support and IT only', async () => {
    const incident = await declare(t, support);
    for (const auth of [smt, developer, admin]) {
      expect((await t.http().put(path(incident.id, '/affected-settings')).set(auth).send({ settingIds: [] })).status).toBe(403);
    }
  });

  it('is replaced by PUT, added to by POST, and its count is shown', async () => {
    const [a, b, c] = await settings(t, 3);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    const put = await t.http().put(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [b!.id, c!.id] });
    expect(put.status).toBe(200);
    expect(new Set(put.body.affectedSettingIds)).toEqual(new Set([b!.id, c!.id]));
    const post = await t.http().post(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [a!.id, b!.id] });
    expect(post.body.affectedSettingsCount).toBe(3);
    const page = await t.http().get(path(incident.id, '/affected-settings?range=[0,1]&sort=["name","ASC"]')).set(smt);
    expect(page.status).toBe(200);
    expect(page.headers['content-range']).toBe('affected-settings 0-1/3');
    expect(page.body[0]).toMatchObject({ id: expect.any(String), name: expect.any(String), contactEmail: expect.any(String) });
  });

  it('answers 400 for an unknown setting or a malformed list', async () => {
    const incident = await declare(t, support);
    expect((await t.http().put(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [randomUUID()] })).status).toBe(400);
    expect((await t.http().put(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: 'all' })).status).toBe(400);
  });
});

describe('POST /api/incidents/:id/cases', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(path(randomUUID(), '/cases')).send({ caseId: randomUUID() })).status).toBe(401);
  });

  it('is refused to SMT, developers and admins', async () => {
    const incident = await declare(t, support);
    for (const auth of [smt, developer, admin]) {
      expect((await t.http().post(path(incident.id, '/cases')).set(auth).send({ caseId: randomUUID() })).status).toBe(403);
    }
  });

  it('links a case, adds its setting to the register, and lists it under the case filter', async () => {
    const setting = await t.make.setting();
    const supportCase = await t.make.supportCase(setting.id);
    const incident = await declare(t, support);
    const res = await t.http().post(path(incident.id, '/cases')).set(support).send({ caseId: supportCase.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: supportCase.id, incidentId: incident.id });
    expect((await t.http().get(path(incident.id)).set(support)).body.affectedSettingIds).toEqual([setting.id]);
    const cases = await t.http().get(`/api/cases?filter=${encodeURIComponent(JSON.stringify({ incidentId: incident.id }))}`).set(smt);
    expect(cases.body.map((c: { id: string }) => c.id)).toEqual([supportCase.id]);
    expect((await t.http().post(path(incident.id, '/cases')).set(support).send({ caseId: supportCase.id })).status).toBe(200);
  });

  it('refuses a case already linked to another incident with 409, and an unknown case with 400', async () => {
    const setting = await t.make.setting();
    const supportCase = await t.make.supportCase(setting.id);
    const first = await declare(t, support);
    const second = await declare(t, support);
    await t.http().post(path(first.id, '/cases')).set(support).send({ caseId: supportCase.id }).expect(201);
    expect((await t.http().post(path(second.id, '/cases')).set(support).send({ caseId: supportCase.id })).status).toBe(409);
    expect((await t.db.getRepository(SupportCase).findOneByOrFail({ id: supportCase.id })).incidentId).toBe(first.id);
    const unknown = await t.http().post(path(first.id, '/cases')).set(support).send({ caseId: randomUUID() });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/caseId/);
  });
});

describe('POST /api/incidents/:id/decisions', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(path(randomUUID(), '/decisions')).send({ kind: 'keep_functionality', rationale: 'x' })).status).toBe(401);
  });

  it('is IT\'s alone: support, SMT, developers and admins are refused', async () => {
    const incident = await declare(t, support);
    for (const auth of [support, smt, developer, admin]) {
      expect((await t.http().post(path(incident.id, '/decisions')).set(auth).send({ kind: 'remove_functionality', rationale: 'x' })).status).toBe(403);
    }
  });

  it('records IT\'s decision on the timeline and on the incident, and a later decision can reverse it', async () => {
    const incident = await declare(t, support);
    const res = await t.http().post(path(incident.id, '/decisions')).set(it_).send({ kind: 'remove_functionality', rationale: 'Registers corrupt data' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'decision', decision: 'remove_functionality', message: 'Registers corrupt data' });
    expect((await t.http().get(path(incident.id)).set(smt)).body.functionalityRemoved).toBe(true);
    await t.http().post(path(incident.id, '/decisions')).set(it_).send({ kind: 'keep_functionality', rationale: 'Fix deployed' }).expect(201);
    expect((await t.http().get(path(incident.id)).set(smt)).body.functionalityRemoved).toBe(false);
  });

  it('answers 400 naming the fields for a bad decision', async () => {
    const incident = await declare(t, support);
    const res = await t.http().post(path(incident.id, '/decisions')).set(it_).send({ kind: 'panic' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'rationale']);
  });
});

describe('the portal message', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().put(path(randomUUID(), '/portal-message')).send({ message: 'x' })).status).toBe(401);
  });

  it('is posted by IT managers only', async () => {
    const incident = await declare(t, support);
    for (const auth of [support, smt, developer, admin]) {
      expect((await t.http().put(path(incident.id, '/portal-message')).set(auth).send({ message: 'x' })).status).toBe(403);
    }
  });

  it('is served publicly without a login, only the words, and removed with null', async () => {
    const incident = await declare(t, support, { title: 'Secret internal title' });
    const message = uniq('Some settings cannot save registers; we are working on it');
    const res = await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message });
    expect(res.status).toBe(200);
    expect(res.body.portalMessage).toBe(message);
    const status = await t.http().get('/api/public/status');
    expect(status.status).toBe(200);
    const mine = status.body.find((m: { message: string }) => m.message === message);
    expect(Object.keys(mine).sort()).toEqual(['message', 'since']);
    expect(JSON.stringify(status.body)).not.toContain(incident.id);
    expect(JSON.stringify(status.body)).not.toContain('Secret internal title');
    await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message: null }).expect(200);
    expect((await t.http().get('/api/public/status')).body.map((m: { message: string }) => m.message)).not.toContain(message);
  });

  it('answers 400 when the message is missing or not text', async () => {
    const incident = await declare(t, support);
    expect((await t.http().put(path(incident.id, '/portal-message')).set(it_).send({})).status).toBe(400);
    expect((await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message: 42 })).status).toBe(400);
  });
});

describe('POST /api/incidents/:id/resolve', () => {
  it('answers 401 without a session', async () => {
    expect((await t.http().post(path(randomUUID(), '/resolve')).send({ summary: 'x' })).status).toBe(401);
  });

  it('is refused to SMT, developers and admins', async () => {
    const incident = await declare(t, support);
    for (const auth of [smt, developer, admin]) expect((await t.http().post(path(incident.id, '/resolve')).set(auth).send({ summary: 'x' })).status).toBe(403);
  });

  it('resolves with a summary, stops the clock, takes the portal message down and tells IT, CX, SMT and the critical mailbox', async () => {
    const [a] = await settings(t, 1);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    const message = uniq('Portal notice');
    await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message }).expect(200);
    t.clock.advance(3 * HOURS);
    const res = await t.http().post(path(incident.id, '/resolve')).set(support).send({ summary: 'Patched and verified.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', resolutionSummary: 'Patched and verified.', portalMessage: null, nextUpdateDueAt: null, overdue: false });
    expect((await t.http().get('/api/public/status')).body.map((m: { message: string }) => m.message)).not.toContain(message);
    expect((await outboxFor(t, incident.id, 'incident.resolved')).map((m) => m.to)).toContain('critical@company.test');
    t.clock.advance(2 * DAYS);
    expect((await t.http().get(path(incident.id)).set(smt)).body).toMatchObject({ day: 1, overdue: false });
  });

  it('refuses every further change to a resolved incident with 409', async () => {
    const [a] = await settings(t, 1);
    const supportCase = await t.make.supportCase(a!.id);
    const incident = await declare(t, support, { affectedSettingIds: [a!.id] });
    await t.http().post(path(incident.id, '/resolve')).set(it_).send({ summary: 'Done' }).expect(200);
    const smtMember = await t.make.staff(['smt']);
    const attempts = [
      t.http().post(path(incident.id, '/resolve')).set(it_).send({ summary: 'again' }),
      t.http().post(path(incident.id, '/updates')).set(support).send({ audience: 'customers', message: 'x' }),
      t.http().post(path(incident.id, '/contacts')).set(support).send({ settingId: a!.id, kind: 'telephone_update', summary: 'x' }),
      t.http().post(path(incident.id, '/contacts')).set(smtMember.auth).send({ settingId: a!.id, kind: 'smt_contact', summary: 'x' }),
      t.http().post(path(incident.id, '/decisions')).set(it_).send({ kind: 'keep_functionality', rationale: 'x' }),
      t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message: 'x' }),
      t.http().put(path(incident.id, '/affected-settings')).set(it_).send({ settingIds: [] }),
      t.http().post(path(incident.id, '/cases')).set(support).send({ caseId: supportCase.id }),
      t.http().put(path(incident.id)).set(support).send({ title: 'x' }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status, res.text).toBe(409);
  });

  it('answers 400 without a summary', async () => {
    const incident = await declare(t, support);
    expect((await t.http().post(path(incident.id, '/resolve')).set(it_).send({})).status).toBe(400);
  });
});

describe('GET /api/public/status', () => {
  it('needs no session, and lists each active message with when it went up, newest first', async () => {
    const [older, newer] = [uniq('Older notice'), uniq('Newer notice')];
    for (const message of [older, newer]) {
      const incident = await declare(t, support);
      await t.http().put(path(incident.id, '/portal-message')).set(it_).send({ message }).expect(200);
      t.clock.advance(1000);
    }
    const res = await t.http().get('/api/public/status');
    expect(res.status).toBe(200);
    const mine = (res.body as { message: string; since: string }[]).filter((m) => [older, newer].includes(m.message));
    expect(mine.map((m) => m.message)).toEqual([newer, older]);
    expect(new Date(mine[0]!.since).getTime()).toBeGreaterThan(new Date(mine[1]!.since).getTime());
  });
});
