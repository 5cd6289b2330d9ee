import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../server/src/auth/principal.js';
import { IncidentEntry } from '../../server/src/incidents/incident.entities.js';
import { IncidentUpdatesService } from '../../server/src/incidents/incident-updates.service.js';
import { IncidentsService } from '../../server/src/incidents/incidents.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { StaffDirectoryRepository } from '../../server/src/staff/staff-directory.repository.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

const MIN = 60_000;

describe('incidents, without HTTP', () => {
  let t: TestApp;
  let support: Principal;
  let incidents: IncidentsService;
  let updates: IncidentUpdatesService;
  beforeAll(async () => {
    t = await startApp({ CADENCE_DAY1_MINUTES: '45', CADENCE_LATER_MINUTES: '120' });
    support = await t.make.principal(['support']);
    incidents = t.app.get(IncidentsService);
    updates = t.app.get(IncidentUpdatesService);
  });
  afterAll(async () => { await t?.close(); });

  /** The incident's pending deadline jobs, by key. */
  async function deadlineJobs(incidentId: string): Promise<Map<string, Date>> {
    const rows: { key: string; run_at: Date }[] = await t.db.query(
      `SELECT key, run_at FROM ${t.config.jobSchema}._private_jobs WHERE key LIKE $1`, [`incident:${incidentId}:%`]);
    return new Map(rows.map((r) => [r.key, new Date(r.run_at)]));
  }

  const entries = (incidentId: string) => t.db.getRepository(IncidentEntry).find({ where: { incidentId }, order: { seq: 'ASC' } });

  it('stores the cadence in force at declaration and books the reminder and due jobs from it', async () => {
    const discoveredAt = new Date(t.clock.now().getTime() - 10 * MIN);
    const view = await incidents.declare(support, { title: uniq('Critical'), description: 'Registers will not save', discoveredAt: discoveredAt.toISOString() });
    expect(view).toMatchObject({ cadenceDay1Minutes: 45, cadenceLaterMinutes: 120, day: 1, cadenceMinutes: 45 });
    const due = new Date(discoveredAt.getTime() + 45 * MIN);
    expect(view.nextUpdateDueAt).toEqual(due);
    const jobs = await deadlineJobs(view.id);
    expect(jobs.get(`incident:${view.id}:remind`)).toEqual(new Date(due.getTime() - t.config.reminderLeadMinutes * MIN));
    expect(jobs.get(`incident:${view.id}:due`)).toEqual(new Date(due.getTime() + 1000));
    expect((await entries(view.id)).map((e) => e.kind)).toEqual(['declared']);
  });

  it('writes a customer update\'s timeline line, restarted clock and emails in one change', async () => {
    const withEmail = await t.make.setting();
    const silent = await t.make.setting({ contactEmail: null });
    const declared = await incidents.declare(support, { title: uniq('Critical'), description: 'Slow sync', affectedSettingIds: [withEmail.id, silent.id] });
    t.clock.advance(5 * MIN);
    const result = await updates.post(support, declared.id, { audience: 'customers', message: 'We are on it' });
    expect(result).toMatchObject({ kind: 'customer_update', recipients: 1, dueAt: declared.nextUpdateDueAt, onTime: true });
    expect(result.withoutEmail).toEqual([{ settingId: silent.id, name: silent.name }]);
    expect(result.incident.lastCustomerUpdateAt).toEqual(t.clock.now());
    const line = (await entries(declared.id)).find((e) => e.kind === 'customer_update')!;
    expect(line).toMatchObject({ id: result.id, actorId: support.staff.id, message: 'We are on it', recipients: 1 });
    const mails = await t.db.getRepository(OutboxMessage).findBy({ incidentId: declared.id, kind: 'incident.customer_update' });
    expect(mails.map((m) => [m.to, m.idempotencyKey])).toEqual([[withEmail.contactEmail, `incident:${declared.id}:update:${result.id}:setting:${withEmail.id}`]]);
  });

  it('leaves no trace of a customer update it refuses', async () => {
    const declared = await incidents.declare(support, { title: uniq('Critical'), description: 'Nobody affected yet' });
    await expect(updates.post(support, declared.id, { audience: 'customers', message: 'Too early' })).rejects.toMatchObject({ status: 409 });
    expect((await entries(declared.id)).map((e) => e.kind)).toEqual(['declared']);
    expect(await t.db.getRepository(OutboxMessage).countBy({ incidentId: declared.id, kind: 'incident.customer_update' })).toBe(0);
  });

  it('shows support the colleagues an internal update reaches by name, never by email', async () => {
    const colleague = await t.make.staff(['smt'], { name: uniq('Sam Senior') });
    const declared = await incidents.declare(support, { title: uniq('Critical'), description: 'Internal' });
    const preview = await updates.recipients(support, declared.id, 'internal');
    expect(preview.count).toBeGreaterThan(0);
    expect(preview.recipients.some((r) => r.name === colleague.staff.name)).toBe(true);
    for (const r of preview.recipients) expect(Object.keys(r)).toEqual(['name']);
    expect(JSON.stringify(preview)).not.toContain(colleague.email);
  });

  it('reads colleagues\' emails in the staff directory only for a principal the policy lets read them', async () => {
    const colleague = await t.make.staff(['it_manager'], { name: uniq('Ira Manager') });
    const directory = t.app.get(StaffDirectoryRepository);
    const asSupport = await directory.preview(support, ['it_manager'], 1000);
    expect(asSupport.rows.find((r) => r.name === colleague.staff.name)).toEqual({ name: colleague.staff.name });
    const admin = await t.make.principal(['admin']);
    const asAdmin = await directory.preview(admin, ['it_manager'], 1000);
    expect(asAdmin.rows.find((r) => r.name === colleague.staff.name)).toEqual({ name: colleague.staff.name, email: colleague.email });
  });

  it('resolves: the clock stops, the deadline jobs go, and every affected setting is told', async () => {
    const setting = await t.make.setting();
    const it_ = await t.make.principal(['it_manager']);
    const declared = await incidents.declare(support, { title: uniq('Critical'), description: 'Outage', affectedSettingIds: [setting.id] });
    expect((await deadlineJobs(declared.id)).size).toBe(2);
    const view = await incidents.resolve(it_, declared.id, 'Fixed the sync queue');
    expect(view).toMatchObject({ status: 'resolved', resolvedById: it_.staff.id, nextUpdateDueAt: null, overdue: false });
    expect((await deadlineJobs(declared.id)).size).toBe(0);
    expect((await entries(declared.id)).at(-1)).toMatchObject({ kind: 'resolved', message: 'Fixed the sync queue', detail: { customers: 1 } });
    const told = await t.db.getRepository(OutboxMessage).findBy({ incidentId: declared.id, settingId: setting.id });
    expect(told.map((m) => m.to)).toContain(setting.contactEmail);
  });
});
