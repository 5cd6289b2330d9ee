import { permittedFieldsOf } from '@casl/ability/extra';
import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { MailService } from '../mail/mail.service.js';
import { nextUpdateDueAt } from './incident-clock.js';
import { IncidentDirectory } from './incident-directory.js';
import { customerUpdateMails, internalUpdateMails, writtenConfirmationMails } from './incident-mail.js';
import { entryView, type EntryView } from './incident-view.js';
import { Incident, IncidentEntry, type ContactKind } from './incident.entities.js';
import { IncidentError, IncidentErrorCode } from './incidents.errors.js';
import { IncidentsService } from './incidents.service.js';
import { tasksFor, type Done, type Task, type TaskKey } from './playbook.js';
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
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly directory: IncidentDirectory,
  ) {}

  private get db() {
    return this.incidents.db;
  }

  /** A customer update emails every affected setting's contact and restarts the clock; an internal one tells IT, CX and SMT. */
  async post(me: Principal, id: string, dto: PostUpdateDto) {
    return this.db.transaction(async (m) => {
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
    await m.update(Incident, { id: incident.id }, { lastCustomerUpdateAt: now });
    await this.mail.enqueue(customerUpdateMails(incident, entry.id, message, nextUpdateDueAt(this.times(incident)), recipients), m);
    await this.incidents.record(m, me, incident, 'incident.customer_update', { entryId: entry.id, recipients: recipients.length, onTime: now <= dueAt });
    await this.incidents.deadlines.schedule(incident, m);
    return { ...entryView(entry, await this.incidents.namesFor([entry], m)), withoutEmail, incident: await this.incidents.viewOf(incident, m) };
  }

  private async internalUpdate(m: EntityManager, me: Principal, incident: Incident, message: string) {
    const recipients = await this.directory.staffWithRoles(['it_manager', 'support', 'smt'], m);
    const entry = await this.incidents.addEntry(m, incident, me, { kind: 'internal_update', message, recipients: recipients.length });
    await this.mail.enqueue(internalUpdateMails(incident, entry.id, message, me.staff.name, recipients), m);
    await this.incidents.record(m, me, incident, 'incident.internal_update', { entryId: entry.id, recipients: recipients.length });
    return { ...entryView(entry, await this.incidents.namesFor([entry], m)), withoutEmail: [], incident: await this.incidents.viewOf(incident, m) };
  }

  /** Who a customer (or internal) update would reach now, for the preview before sending. */
  async recipients(me: Principal, id: string, audience: 'customers' | 'internal') {
    const incident = await this.incidents.load(me, id, 'read', this.db.manager);
    if (audience === 'internal') {
      // Colleagues are previewed with the staff fields the caller's policy permits, so emails reach only those allowed them.
      const fields = permittedFieldsOf(me.ability, 'read', 'Staff', { fieldsFrom: (rule) => rule.fields || ['name', 'email'] }).filter((f) => f === 'name' || f === 'email');
      const { count, rows } = await this.directory.staffPreview(['it_manager', 'support', 'smt'], fields as ('name' | 'email')[], PREVIEW_LIMIT, this.db.manager);
      return { id: audience, audience, count, recipients: rows, withoutEmail: [], withoutEmailCount: 0 };
    }
    const { recipients, withoutEmail } = this.directory.contactsOf(await this.directory.affectedSettings(incident.id, this.db.manager));
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
    return this.db.transaction(async (m) => {
      const incident = await this.incidents.loadActive(me, id, 'read', m);
      if ((await this.incidents.notAffected(m, incident.id, [dto.settingId])).length) {
        throw new IncidentError(IncidentErrorCode.NotAffected, 'settingId: the setting is not affected by this incident');
      }
      const entry = await this.incidents.addEntry(m, incident, me, {
        kind: 'contact', contactKind: dto.kind, settingId: dto.settingId, message: dto.summary, detail: { via: 'logged' },
      });
      await this.incidents.record(m, me, incident, 'incident.contact', { kind: dto.kind, entryId: entry.id }, dto.settingId);
      return entryView(entry, await this.incidents.namesFor([entry], m));
    });
  }

  /** Sends the written confirmation by email and logs it as that setting's contact, in one transaction. */
  async sendWrittenConfirmations(me: Principal, id: string, dto: WrittenConfirmationDto) {
    this.assertMayLog(me, 'written_confirmation');
    return this.db.transaction(async (m) => {
      const incident = await this.incidents.loadActive(me, id, 'read', m);
      let targets = dto.settingIds;
      if (targets) {
        const missing = await this.incidents.notAffected(m, incident.id, targets);
        if (missing.length) throw new IncidentError(IncidentErrorCode.NotAffected, `settingIds: not affected by this incident: ${missing.slice(0, 5).join(', ')}`);
      } else {
        const day = this.incidents.deadlines.reading(incident).day;
        if (day < 2) throw new IncidentError(IncidentErrorCode.BadInput, 'settingIds: written confirmations fall due from day 2; name the settings to send one earlier');
        const tasks = await this.tasksOf(incident, m, { key: 'written_confirmation', done: false, day });
        targets = tasks.map((t) => t.settingId!);
      }
      const { recipients, withoutEmail } = this.directory.contactsOf(await this.directory.affectedSettings(incident.id, m, targets));
      if (recipients.length === 0) return { id: incident.id, sent: 0, withoutEmail, incident: await this.incidents.viewOf(incident, m) };
      const now = this.clock.now();
      const rows = recipients.map((r) => m.create(IncidentEntry, {
        incidentId: incident.id, at: now, actorId: me.staff.id, actorRoles: [...me.staff.roles], kind: 'contact',
        contactKind: 'written_confirmation', settingId: r.settingId!, message: dto.message, detail: { via: 'email', to: r.email },
      }));
      const entryIds = new Map<string, string>();
      for (let i = 0; i < rows.length; i += 1000) {
        const { raw } = await m.createQueryBuilder().insert().into(IncidentEntry).values(rows.slice(i, i + 1000) as never).returning(['id', 'setting_id']).execute();
        for (const r of raw as { id: string; setting_id: string }[]) entryIds.set(r.setting_id, r.id);
      }
      await this.mail.enqueue(writtenConfirmationMails(incident, entryIds, dto.message, recipients), m);
      await this.incidents.record(m, me, incident, 'incident.written_confirmation', { sent: recipients.length });
      return { id: incident.id, sent: recipients.length, withoutEmail, incident: await this.incidents.viewOf(incident, m) };
    });
  }

  async tasks(me: Principal, id: string, filter: TaskFilter): Promise<Task[]> {
    const incident = await this.incidents.load(me, id, 'read', this.db.manager);
    return this.tasksOf(incident, this.db.manager, filter);
  }

  /** The playbook applied to what the timeline says happened. */
  async tasksOf(incident: Incident, m: EntityManager, filter: TaskFilter = {}): Promise<Task[]> {
    const day = this.incidents.deadlines.reading(incident).day;
    const only = filter.settingId === undefined ? undefined : Array.isArray(filter.settingId) ? filter.settingId : [filter.settingId];
    const settings: { setting_id: string; added_at: Date; name: string }[] = filter.perSetting === false ? [] : await m.query(
      `SELECT i.setting_id, i.added_at, s.name FROM incident_settings i JOIN settings s ON s.id = i.setting_id
        WHERE i.incident_id = $1 ${only ? 'AND i.setting_id = ANY($2::uuid[])' : ''}`,
      only ? [incident.id, only] : [incident.id],
    );
    // A task is done only by its own role's action: a support member growing the register does not count the affected.
    const firsts: { kind: string; at: Date; actor_id: string | null }[] = await m.query(
      `SELECT DISTINCT ON (kind) kind, at, actor_id FROM incident_entries
        WHERE incident_id = $1 AND (
          (kind IN ('decision','affected_settings') AND 'it_manager' = ANY(actor_roles))
          OR (kind = 'case_linked' AND 'support' = ANY(actor_roles))
          OR (kind = 'portal_message' AND message IS NOT NULL AND 'it_manager' = ANY(actor_roles)))
        ORDER BY kind, seq`,
      [incident.id],
    );
    const first = (kind: string): Done | undefined => {
      const f = firsts.find((x) => x.kind === kind);
      return f ? { at: new Date(f.at), by: f.actor_id } : undefined;
    };
    const itUpdates: { at: Date; actor_id: string }[] = await m.query(
      `SELECT at, actor_id FROM incident_entries WHERE incident_id = $1 AND kind = 'internal_update' AND 'it_manager' = ANY(actor_roles) ORDER BY seq`,
      [incident.id],
    );
    const contactRows: { setting_id: string; contact_kind: string; at: Date; actor_id: string | null }[] = await m.query(
      `SELECT setting_id, contact_kind, at, actor_id FROM incident_entries
        WHERE incident_id = $1 AND kind = 'contact' ${only ? 'AND setting_id = ANY($2::uuid[])' : ''} ORDER BY seq`,
      only ? [incident.id, only] : [incident.id],
    );
    const contacts = new Map<string, Done[]>();
    for (const c of contactRows) {
      const key = `${c.setting_id}:${c.contact_kind}`;
      const list = contacts.get(key) ?? [];
      list.push({ at: new Date(c.at), by: c.actor_id });
      contacts.set(key, list);
    }
    let tasks = tasksFor({
      discoveredAt: incident.discoveredAt,
      declaredAt: incident.declaredAt,
      day,
      settings: settings.map((s) => ({ settingId: s.setting_id, addedAt: new Date(s.added_at), name: s.name })),
      firstDecision: first('decision'),
      firstCaseLinked: first('case_linked'),
      firstAffectedRegister: first('affected_settings'),
      firstPortalMessage: first('portal_message'),
      itInternalUpdates: itUpdates.map((u) => ({ at: new Date(u.at), by: u.actor_id })),
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
