import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { SettingDirectoryRepository } from '../settings/setting-directory.repository.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { AffectedSettingsRepository } from './affected-settings.repository.js';
import { nextUpdateDueAt } from './incident-clock.js';
import { IncidentDeadlinesService } from './incident-deadlines.service.js';
import { IncidentDirectory } from './incident-directory.js';
import { IncidentTimelineRepository } from './incident-timeline.repository.js';
import { customerUpdateMails, internalUpdateMails, writtenConfirmationMails } from './incident-mail.js';
import { entryView, type EntryView } from './incident-view.js';
import type { ContactKind, Incident } from './incident.entities.js';
import { IncidentError, IncidentErrorCode } from './incidents.errors.js';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentsService } from './incidents.service.js';
import { tasksFor, type Task, type TaskKey } from './playbook.js';
import type { ContactDto, PostUpdateDto, WrittenConfirmationDto } from './dto/incident.dto.js';

export interface TaskFilter {
  day?: number;
  /** One setting, or any of several. */
  settingId?: string | string[];
  /** Only the per-setting tasks (true), or only the incident's own (false). */
  perSetting?: boolean;
  done?: boolean;
  key?: TaskKey;
}

const PREVIEW_LIMIT = 100;

/**
 * The incident's conversation: customer and internal updates, contacts with each affected setting (logged, or sent
 * as a written confirmation from here), and the playbook's tasks those facts complete.
 */
@Injectable()
export class IncidentUpdatesService {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly deadlines: IncidentDeadlinesService,
    private readonly tx: Transactions,
    private readonly rows: IncidentsRepository,
    private readonly entries: IncidentTimelineRepository,
    private readonly affected: AffectedSettingsRepository,
    private readonly staff: StaffDirectoryRepository,
    private readonly settings: SettingDirectoryRepository,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly directory: IncidentDirectory,
  ) {}

  /** A customer update emails every affected setting's contact and restarts the clock; an internal one tells IT, CX and SMT. */
  async post(me: Principal, id: string, dto: PostUpdateDto) {
    return this.tx.run(async (m) => {
      const incident = await this.incidents.loadActive(me, id, 'update', m);
      return dto.audience === 'customers' ? this.customerUpdate(m, me, incident, dto.message) : this.internalUpdate(m, me, incident, dto.message);
    });
  }

  private async customerUpdate(m: EntityManager, me: Principal, incident: Incident, message: string) {
    const settings = await this.directory.affectedSettings(incident.id, m);
    if (settings.length === 0) throw new IncidentError(IncidentErrorCode.NoRecipients, 'no settings are affected yet: add them before updating customers');
    const { recipients, withoutEmail } = this.directory.contactsOf(settings);
    if (recipients.length === 0) throw new IncidentError(IncidentErrorCode.NoRecipients, 'none of the affected settings has a contact email');
    const now = this.clock.now();
    const dueAt = nextUpdateDueAt(this.times(incident));
    const entry = await this.incidents.addEntry(m, incident, me, {
      kind: 'customer_update', message, dueAt, recipients: recipients.length,
      detail: { withoutEmail: withoutEmail.length, withoutEmailIds: withoutEmail.slice(0, 50).map((w) => w.settingId) },
    });
    incident.lastCustomerUpdateAt = now;
    await this.rows.update(incident.id, { lastCustomerUpdateAt: now }, m);
    await this.mail.enqueue(customerUpdateMails(incident, entry.id, message, nextUpdateDueAt(this.times(incident)), recipients), m);
    await this.incidents.record(m, me, incident, 'incident.customer_update', { entryId: entry.id, recipients: recipients.length, onTime: now <= dueAt });
    await this.deadlines.schedule(incident, m);
    return { ...entryView(entry, await this.incidents.namesFor(me, [entry], m)), withoutEmail, incident: await this.incidents.viewOf(incident, m) };
  }

  private async internalUpdate(m: EntityManager, me: Principal, incident: Incident, message: string) {
    const recipients = await this.directory.staffWithRoles(['it_manager', 'support', 'smt'], m);
    const entry = await this.incidents.addEntry(m, incident, me, { kind: 'internal_update', message, recipients: recipients.length });
    await this.mail.enqueue(internalUpdateMails(incident, entry.id, message, me.staff.name, recipients), m);
    await this.incidents.record(m, me, incident, 'incident.internal_update', { entryId: entry.id, recipients: recipients.length });
    return { ...entryView(entry, await this.incidents.namesFor(me, [entry], m)), withoutEmail: [], incident: await this.incidents.viewOf(incident, m) };
  }

  /** Who a customer (or internal) update would reach now, for the preview before sending. */
  async recipients(me: Principal, id: string, audience: 'customers' | 'internal') {
    const incident = await this.incidents.load(me, id, 'read', this.tx.manager);
    if (audience === 'internal') {
      // Colleagues are read as the caller's policy lets them be read: a name for most, an email only where allowed.
      const { count, rows } = await this.staff.preview(me, ['it_manager', 'support', 'smt'], PREVIEW_LIMIT, this.tx.manager);
      return { id: audience, audience, count, recipients: rows, withoutEmail: [], withoutEmailCount: 0 };
    }
    const { recipients, withoutEmail } = this.directory.contactsOf(await this.directory.affectedSettingsFor(me, incident.id, this.tx.manager));
    return {
      id: audience,
      audience,
      count: recipients.length,
      recipients: recipients.slice(0, PREVIEW_LIMIT).map((r) => ({ settingId: r.settingId, name: r.name, email: r.email })),
      withoutEmail: withoutEmail.slice(0, PREVIEW_LIMIT),
      withoutEmailCount: withoutEmail.length,
    };
  }

  private assertMayLog(me: Principal, kind: ContactKind): void {
    if (!me.ability.can('create', asSubject('IncidentContact', { kind }) as never)) {
      throw IncidentError.forbidden(`not allowed to log a ${kind}`);
    }
  }

  async logContact(me: Principal, id: string, dto: ContactDto): Promise<EntryView> {
    this.assertMayLog(me, dto.kind);
    return this.tx.run(async (m) => {
      const incident = await this.incidents.loadActive(me, id, 'read', m);
      if ((await this.incidents.notAffected(m, incident.id, [dto.settingId])).length) {
        throw new IncidentError(IncidentErrorCode.NotAffected, 'settingId: the setting is not affected by this incident');
      }
      const entry = await this.incidents.addEntry(m, incident, me, {
        kind: 'contact', contactKind: dto.kind, settingId: dto.settingId, message: dto.summary, detail: { via: 'logged' },
      });
      await this.incidents.record(m, me, incident, 'incident.contact', { kind: dto.kind, entryId: entry.id }, dto.settingId);
      return entryView(entry, await this.incidents.namesFor(me, [entry], m));
    });
  }

  /** Sends the written confirmation by email and logs it as that setting's contact, in one transaction. */
  async sendWrittenConfirmations(me: Principal, id: string, dto: WrittenConfirmationDto) {
    this.assertMayLog(me, 'written_confirmation');
    return this.tx.run(async (m) => {
      const incident = await this.incidents.loadActive(me, id, 'read', m);
      let targets = dto.settingIds;
      if (targets) {
        const missing = await this.incidents.notAffected(m, incident.id, targets);
        if (missing.length) throw new IncidentError(IncidentErrorCode.NotAffected, `settingIds: not affected by this incident: ${missing.slice(0, 5).join(', ')}`);
      } else {
        const day = this.deadlines.reading(incident).day;
        if (day < 2) throw new IncidentError(IncidentErrorCode.BadInput, 'settingIds: written confirmations fall due from day 2; name the settings to send one earlier');
        const tasks = await this.tasksOf(me, incident, m, { key: 'written_confirmation', done: false, day });
        targets = tasks.map((t) => t.settingId!);
      }
      const { recipients, withoutEmail } = this.directory.contactsOf(await this.directory.affectedSettings(incident.id, m, targets));
      if (recipients.length === 0) return { id: incident.id, sent: 0, withoutEmail, incident: await this.incidents.viewOf(incident, m) };
      const now = this.clock.now();
      const entryIds = await this.entries.addPerSetting(recipients.map((r) => ({
        incidentId: incident.id, at: now, actorId: me.staff.id, actorRoles: [...me.staff.roles], kind: 'contact' as const,
        contactKind: 'written_confirmation' as const, settingId: r.settingId!, message: dto.message, detail: { via: 'email', to: r.email },
      })), m);
      await this.mail.enqueue(writtenConfirmationMails(incident, entryIds, dto.message, recipients), m);
      await this.incidents.record(m, me, incident, 'incident.written_confirmation', { sent: recipients.length });
      return { id: incident.id, sent: recipients.length, withoutEmail, incident: await this.incidents.viewOf(incident, m) };
    });
  }

  async tasks(me: Principal, id: string, filter: TaskFilter): Promise<Task[]> {
    const incident = await this.incidents.load(me, id, 'read', this.tx.manager);
    return this.tasksOf(me, incident, this.tx.manager, filter);
  }

  /** The playbook applied to what the timeline says happened, with the setting names the principal may read. */
  async tasksOf(me: Principal, incident: Incident, m: EntityManager, filter: TaskFilter = {}): Promise<Task[]> {
    const day = this.deadlines.reading(incident).day;
    const only = filter.settingId === undefined ? undefined : Array.isArray(filter.settingId) ? filter.settingId : [filter.settingId];
    const register = filter.perSetting === false ? [] : await this.affected.of(incident.id, m, only);
    const names = await this.settings.names(me, register.map((r) => r.settingId), m);
    const { firsts, itUpdates, contacts } = await this.entries.playbookEntries(incident.id, only, m);
    let tasks = tasksFor({
      discoveredAt: incident.discoveredAt,
      declaredAt: incident.declaredAt,
      day,
      settings: register.map((r) => ({ settingId: r.settingId, addedAt: r.addedAt, name: names.get(r.settingId) ?? '' })),
      firstDecision: firsts.get('decision'),
      firstCaseLinked: firsts.get('case_linked'),
      firstAffectedRegister: firsts.get('affected_settings'),
      firstPortalMessage: firsts.get('portal_message'),
      itInternalUpdates: itUpdates,
      contacts,
    });
    if (only) tasks = tasks.filter((t) => t.settingId !== undefined && only.includes(t.settingId));
    if (filter.perSetting !== undefined) tasks = tasks.filter((t) => (t.settingId !== undefined) === filter.perSetting);
    if (filter.day !== undefined) tasks = tasks.filter((t) => t.day === filter.day);
    if (filter.done !== undefined) tasks = tasks.filter((t) => t.done === filter.done);
    if (filter.key) tasks = tasks.filter((t) => t.key === filter.key);
    return tasks;
  }

  private times(incident: Incident) {
    return {
      discoveredAt: incident.discoveredAt,
      lastCustomerUpdateAt: incident.lastCustomerUpdateAt,
      cadence: { day1Minutes: incident.cadenceDay1Minutes, laterMinutes: incident.cadenceLaterMinutes },
    };
  }
}
