import { subject as asSubject } from '@casl/ability';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import type { Action } from '../policy/abilities.js';
import { SettingDirectoryRepository } from '../settings/setting-directory.repository.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { AffectedSettingsRepository } from './affected-settings.repository.js';
import { controllerDeadline, missedUpdates } from './incident-clock.js';
import { IncidentDeadlinesService, timesOf, unique } from './incident-deadlines.service.js';
import { IncidentDirectory } from './incident-directory.js';
import { breachNoticeMails, declaredMails, humanMinutes, resolvedCustomerMails, resolvedMails } from './incident-mail.js';
import { entryView, incidentView, isLateDeclaration, type EntryView, type IncidentView, type Names } from './incident-view.js';
import { IncidentTimelineRepository } from './incident-timeline.repository.js';
import { Incident, IncidentEntry } from './incident.entities.js';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentError, IncidentErrorCode } from './incidents.errors.js';
import type { CreateIncidentDto, DecisionDto, UpdateIncidentDto } from './dto/incident.dto.js';

export const INCIDENTS_LIST: ListSpec = {
  sortable: ['title', 'status', 'discoveredAt', 'declaredAt', 'lastCustomerUpdateAt', 'resolvedAt', 'createdAt', 'updatedAt'],
  filters: { status: 'text', ownerId: 'uuid', personalDataBreach: 'boolean', functionalityRemoved: 'boolean' },
  search: ['title', 'description'],
  defaultSort: ['declaredAt', 'DESC'],
};

export const TIMELINE_LIST: ListSpec = {
  sortable: ['seq', 'at'],
  filters: { kind: 'text', settingId: 'uuid', contactKind: 'text', actorId: 'uuid', caseId: 'uuid' },
  search: ['message'],
  defaultSort: ['seq', 'ASC'],
};

const REGISTER_LIST: ListSpec = { sortable: ['name', 'addedAt'], filters: {}, search: ['name'], defaultSort: ['name', 'ASC'] };

export type NewEntry = Omit<Partial<IncidentEntry>, 'id' | 'seq' | 'incidentId' | 'at' | 'actorId' | 'actorRoles'>;

/**
 * The incident itself: declaring it, its facts, its affected-settings register, linked cases, IT's decisions, the
 * portal message and resolution. Every write locks the incident row, checks the record against the policy, writes
 * its timeline line, audit event and emails in one transaction.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly tx: Transactions,
    private readonly incidents: IncidentsRepository,
    private readonly entries: IncidentTimelineRepository,
    private readonly affected: AffectedSettingsRepository,
    private readonly staff: StaffDirectoryRepository,
    private readonly settings: SettingDirectoryRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly cases: CasesService,
    private readonly directory: IncidentDirectory,
    private readonly deadlines: IncidentDeadlinesService,
  ) {}

  // ---- reading ------------------------------------------------------------------------------------------------

  async list(me: Principal, params: ListParams): Promise<ListResult<IncidentView>> {
    const result = await this.incidents.page(me, parseListQuery(params, INCIDENTS_LIST), INCIDENTS_LIST);
    return { ...result, rows: await this.views(result.rows) };
  }

  async get(me: Principal, id: string): Promise<IncidentView> {
    const incident = await this.load(me, id, 'read', this.tx.manager);
    return this.viewOf(incident, this.tx.manager);
  }

  /** The incident if the caller may see it (else 404) and may do `action` to it (else 403); locked for writes. */
  async load(me: Principal, id: string, action: Action, manager: EntityManager, lock = false): Promise<Incident> {
    const incident = await this.incidents.findFor(me, id, manager, lock);
    if (!incident) throw IncidentError.notFound();
    if (!me.ability.can(action, asSubject('Incident', { ...incident }) as never)) {
      throw IncidentError.forbidden(`not allowed to ${action} this incident`);
    }
    return incident;
  }

  /** Loads an active incident for a change, locked until the transaction ends. */
  async loadActive(me: Principal, id: string, action: Action, manager: EntityManager): Promise<Incident> {
    const incident = await this.load(me, id, action, manager, true);
    if (incident.status !== 'active') throw IncidentError.resolved();
    return incident;
  }

  view(incident: Incident, affectedSettingIds: string[], customerUpdates: Date[]): IncidentView {
    const now = this.clock.now();
    return incidentView(incident, this.deadlines.reading(incident), affectedSettingIds, now,
      missedUpdates(timesOf(incident), incident.declaredAt, customerUpdates, now));
  }

  /** Views of several incidents, with what each needs from other tables read in two queries. */
  async views(incidents: Incident[], manager: EntityManager = this.tx.manager): Promise<IncidentView[]> {
    const ids = incidents.map((i) => i.id);
    const affected = await this.affected.idsByIncident(ids, manager);
    const updates = await this.entries.customerUpdateTimes(ids, manager);
    return incidents.map((i) => this.view(i, affected.get(i.id) ?? [], updates.get(i.id) ?? []));
  }

  async viewOf(incident: Incident, manager: EntityManager): Promise<IncidentView> {
    return (await this.views([incident], manager))[0]!;
  }

  async timeline(me: Principal, id: string, params: ListParams): Promise<ListResult<EntryView>> {
    await this.load(me, id, 'read', this.tx.manager);
    const result = await this.entries.page(id, parseListQuery(params, TIMELINE_LIST), TIMELINE_LIST);
    const names = await this.namesFor(me, result.rows);
    return { ...result, rows: result.rows.map((e) => entryView(e, names)) };
  }

  /** The names of the staff and settings the entries mention, as far as the principal may read them. */
  async namesFor(me: Principal, entries: Pick<IncidentEntry, 'actorId' | 'settingId'>[], manager: EntityManager = this.tx.manager): Promise<Names> {
    const staffIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
    const settingIds = [...new Set(entries.flatMap((e) => (e.settingId ? [e.settingId] : [])))];
    return { staff: await this.staff.names(me, staffIds, manager), settings: await this.settings.names(me, settingIds, manager) };
  }

  /** The affected-settings register, one page at a time, with each setting's contact details. */
  async register(me: Principal, id: string, params: ListParams) {
    await this.load(me, id, 'read', this.tx.manager);
    const query = parseListQuery(params, REGISTER_LIST);
    const filter = query.filter;
    const only = Array.isArray(filter.id) ? (filter.id as string[]) : typeof filter.id === 'string' ? [filter.id] : null;
    const [sort, direction] = query.sort;
    const rows = await this.affected.of(id, this.tx.manager);
    if (sort === 'addedAt') {
      // Ties in time keep the setting id's order, whichever way the time runs.
      rows.sort((a, b) => (a.addedAt.getTime() - b.addedAt.getTime()) * (direction === 'ASC' ? 1 : -1) || (a.settingId < b.settingId ? -1 : 1));
    }
    const entries = new Map(rows.map((r) => [r.settingId, r]));
    const [start, end] = query.range;
    const page = await this.settings.contactPage(me, rows.map((r) => r.settingId), {
      q: typeof filter.q === 'string' ? filter.q.trim() : null, only, order: sort === 'addedAt' ? 'given' : 'name',
      direction: sort === 'addedAt' ? 'ASC' : direction, offset: start, limit: end - start + 1,
    });
    return {
      rows: page.rows.map((s) => ({
        id: s.settingId, settingId: s.settingId, name: s.name, contactEmail: s.contactEmail, contactPhone: s.contactPhone, dpoEmail: s.dpoEmail,
        addedAt: entries.get(s.settingId)!.addedAt, addedById: entries.get(s.settingId)!.addedById,
      })),
      total: page.total,
      start,
    };
  }

  /** The portal messages of active incidents: only the words, never anything internal. */
  async publicStatus(): Promise<{ message: string; since: Date }[]> {
    const rows = await this.incidents.portalMessages();
    return rows.filter((r) => r.portalMessage).map((r) => ({ message: r.portalMessage!, since: r.portalMessageAt! }));
  }

  // ---- writing ------------------------------------------------------------------------------------------------

  async addEntry(manager: EntityManager, incident: Incident, me: Principal | null, entry: NewEntry): Promise<IncidentEntry> {
    return this.entries.add({
      ...entry, incidentId: incident.id, at: this.clock.now(), actorId: me?.staff.id ?? null, actorRoles: me ? [...me.staff.roles] : [],
    }, manager);
  }

  async record(manager: EntityManager, me: Principal, incident: Incident, action: string, detail: Record<string, unknown> = {}, settingId: string | null = null) {
    await this.audit.record({ actorId: me.staff.id, action, subjectType: 'Incident', subjectId: incident.id, settingId, ip: me.ip, detail }, manager);
  }

  async declare(me: Principal, dto: CreateIncidentDto): Promise<IncidentView> {
    const now = this.clock.now();
    const discoveredAt = dto.discoveredAt ? new Date(dto.discoveredAt) : now;
    if (discoveredAt > now) throw IncidentError.badInput('discoveredAt cannot be in the future');
    if (!me.ability.can('create', 'Incident')) throw IncidentError.forbidden('not allowed to declare an incident');
    return this.tx.run(async (m) => {
      const incident = await this.incidents.create({
        title: dto.title, description: dto.description, discoveredAt, declaredAt: now, status: 'active',
        ownerId: me.staff.id, declaredById: me.staff.id, personalDataBreach: false, breachNotifiedAt: null,
        functionalityRemoved: null, portalMessage: null, portalMessageAt: null, lastCustomerUpdateAt: null,
        cadenceDay1Minutes: this.config.cadenceDay1Minutes, cadenceLaterMinutes: this.config.cadenceLaterMinutes,
        resolvedAt: null, resolvedById: null, resolutionSummary: null,
      }, m);
      const recipients = unique([this.directory.criticalMailbox(), ...(await this.directory.staffWithRoles(['it_manager'], m))]);
      await this.addEntry(m, incident, me, { kind: 'declared', message: incident.title, recipients: recipients.length, detail: { discoveredAt } });
      if (isLateDeclaration(incident)) {
        const minutes = Math.round((incident.declaredAt.getTime() - discoveredAt.getTime()) / 60_000);
        await this.addEntry(m, incident, me, {
          kind: 'late_declaration', detail: { minutesAfterDiscovery: minutes },
          message: `Declared ${humanMinutes(minutes)} after discovery: the policy says a critical is declared immediately`,
        });
      }
      if (dto.affectedSettingIds?.length) await this.changeSettings(m, me, incident, dto.affectedSettingIds, 'add');
      if (dto.personalDataBreach) await this.flagBreach(m, me, incident);
      await this.mail.enqueue(declaredMails(incident, recipients, me.staff.name), m);
      await this.record(m, me, incident, 'incident.declare', { title: incident.title, discoveredAt, affected: dto.affectedSettingIds?.length ?? 0 });
      await this.deadlines.schedule(incident, m);
      return this.viewOf(incident, m);
    });
  }

  async updateFacts(me: Principal, id: string, dto: UpdateIncidentDto): Promise<IncidentView> {
    return this.tx.run(async (m) => {
      const incident = await this.loadActive(me, id, 'update', m);
      const changed: string[] = [];
      if (dto.title !== undefined && dto.title !== incident.title) { incident.title = dto.title; changed.push('title'); }
      if (dto.description !== undefined && dto.description !== incident.description) { incident.description = dto.description; changed.push('description'); }
      if (dto.ownerId !== undefined && dto.ownerId !== incident.ownerId) {
        const owner = await this.directory.staffMember(dto.ownerId, m);
        if (!owner?.active || !owner.roles.some((r) => r === 'support' || r === 'it_manager')) {
          throw new IncidentError(IncidentErrorCode.BadInput, 'ownerId must name an active member of support or an IT manager');
        }
        incident.ownerId = dto.ownerId;
        changed.push('ownerId');
        await this.addEntry(m, incident, me, { kind: 'owner_changed', message: `Owner is now ${owner.name}`, detail: { ownerId: dto.ownerId } });
      }
      if (dto.personalDataBreach === false && incident.personalDataBreach) {
        throw new IncidentError(IncidentErrorCode.BreachCannotBeWithdrawn, 'the affected settings\' DPOs have been told of a breach; the flag stays');
      }
      if (dto.personalDataBreach === true && !incident.personalDataBreach) {
        changed.push('personalDataBreach');
        await this.flagBreach(m, me, incident);
      }
      if (changed.length) {
        await this.incidents.save(incident, m);
        await this.record(m, me, incident, 'incident.update', { changed });
      }
      return this.viewOf(incident, m);
    });
  }

  /** Flags a personal data breach: each affected setting's DPO is told now, and the controller's 72 hours start. */
  private async flagBreach(m: EntityManager, me: Principal, incident: Incident): Promise<void> {
    const now = this.clock.now();
    incident.personalDataBreach = true;
    incident.breachNotifiedAt = now;
    await this.incidents.update(incident.id, { personalDataBreach: true, breachNotifiedAt: now }, m);
    const notices = this.directory.dposOf(await this.directory.affectedSettings(incident.id, m));
    await this.mail.enqueue(breachNoticeMails(incident, notices, now, controllerDeadline(now)!), m);
    await this.addEntry(m, incident, me, {
      kind: 'breach_flagged', recipients: notices.length,
      message: `Personal data breach: ${notices.length} DPO notice(s); controller deadline ${controllerDeadline(now)!.toISOString()}`,
    });
    await this.record(m, me, incident, 'incident.breach', { notices: notices.length });
  }

  /** Replaces the register (`set`) or adds to it (`add`); new settings of a breach incident get their DPO notice. */
  async changeSettings(m: EntityManager, me: Principal, incident: Incident, settingIds: string[], mode: 'set' | 'add'): Promise<void> {
    const known = await this.settings.existing(settingIds, m);
    if (known.length !== settingIds.length) {
      const found = new Set(known);
      const missing = settingIds.filter((s) => !found.has(s));
      throw new IncidentError(IncidentErrorCode.UnknownSettings, `settingIds: no such setting ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
    }
    const now = this.clock.now();
    const removed = mode === 'set' ? await this.affected.removeAllBut(incident.id, settingIds, m) : [];
    const added = await this.affected.add(incident.id, settingIds, now, me.staff.id, m);
    const total = await this.affected.count(incident.id, m);
    await this.addEntry(m, incident, me, {
      kind: 'affected_settings',
      message: `${total} setting(s) affected (${added.length} added, ${removed.length} removed)`,
      detail: { total, added: added.length, removed: removed.length, addedIds: added.slice(0, 50), removedIds: removed.slice(0, 50) },
    });
    await this.record(m, me, incident, 'incident.affected_settings', { total, added: added.length, removed: removed.length });
    if (incident.personalDataBreach && incident.breachNotifiedAt && added.length) {
      const fresh = await this.directory.affectedSettings(incident.id, m, added);
      await this.mail.enqueue(breachNoticeMails(incident, this.directory.dposOf(fresh), now, controllerDeadline(now)!), m);
    }
  }

  async setSettings(me: Principal, id: string, settingIds: string[], mode: 'set' | 'add'): Promise<IncidentView> {
    return this.tx.run(async (m) => {
      const incident = await this.loadActive(me, id, 'update', m);
      await this.changeSettings(m, me, incident, settingIds, mode);
      return this.viewOf(incident, m);
    });
  }

  /** Links a support case; its setting joins the register if it was not there. Returns the case and whether it is new. */
  async linkCase(me: Principal, id: string, caseId: string) {
    return this.tx.run(async (m) => {
      const incident = await this.loadActive(me, id, 'update', m);
      const supportCase = await this.cases.findById(caseId, m);
      if (!supportCase) throw new IncidentError(IncidentErrorCode.CaseNotFound, 'caseId: no such case');
      if (supportCase.incidentId === incident.id) return { supportCase, created: false };
      if (supportCase.incidentId) throw new IncidentError(IncidentErrorCode.CaseLinkedElsewhere, 'the case is linked to another incident');
      const linked = await this.cases.linkToIncident(me, supportCase, incident.id, m);
      if ((await this.notAffected(m, incident.id, [supportCase.settingId])).length) await this.changeSettings(m, me, incident, [supportCase.settingId], 'add');
      await this.addEntry(m, incident, me, { kind: 'case_linked', caseId: linked.id, settingId: linked.settingId, message: linked.title });
      await this.record(m, me, incident, 'incident.link_case', { caseId: linked.id }, linked.settingId);
      return { supportCase: linked, created: true };
    });
  }

  async decide(me: Principal, id: string, dto: DecisionDto): Promise<EntryView> {
    return this.tx.run(async (m) => {
      const incident = await this.loadActive(me, id, 'decide', m);
      incident.functionalityRemoved = dto.kind === 'remove_functionality';
      await this.incidents.update(incident.id, { functionalityRemoved: incident.functionalityRemoved }, m);
      const entry = await this.addEntry(m, incident, me, { kind: 'decision', decision: dto.kind, message: dto.rationale });
      await this.record(m, me, incident, 'incident.decide', { kind: dto.kind });
      return entryView(entry, await this.namesFor(me, [entry], m));
    });
  }

  async setPortalMessage(me: Principal, id: string, message: string | null): Promise<IncidentView> {
    return this.tx.run(async (m) => {
      const incident = await this.loadActive(me, id, 'publish', m);
      const text = message?.trim() || null;
      if (text !== incident.portalMessage) {
        incident.portalMessage = text;
        incident.portalMessageAt = text ? this.clock.now() : null;
        await this.incidents.update(incident.id, { portalMessage: text, portalMessageAt: incident.portalMessageAt }, m);
        await this.addEntry(m, incident, me, { kind: 'portal_message', message: text, detail: { removed: text === null } });
        await this.record(m, me, incident, 'incident.portal_message', { removed: text === null });
      }
      return this.viewOf(incident, m);
    });
  }

  async resolve(me: Principal, id: string, summary: string): Promise<IncidentView> {
    return this.tx.run(async (m) => {
      const incident = await this.loadActive(me, id, 'resolve', m);
      const now = this.clock.now();
      if (incident.portalMessage) {
        await this.addEntry(m, incident, me, { kind: 'portal_message', message: null, detail: { removed: true, onResolution: true } });
      }
      Object.assign(incident, {
        status: 'resolved', resolvedAt: now, resolvedById: me.staff.id, resolutionSummary: summary, portalMessage: null, portalMessageAt: null,
      });
      await this.incidents.save(incident, m);
      const recipients = unique([this.directory.criticalMailbox(), ...(await this.directory.staffWithRoles(['it_manager', 'support', 'smt'], m))]);
      const { recipients: customers } = this.directory.contactsOf(await this.directory.affectedSettings(incident.id, m));
      await this.mail.enqueue([...resolvedMails(incident, summary, recipients), ...resolvedCustomerMails(incident, customers)], m);
      await this.addEntry(m, incident, me, { kind: 'resolved', message: summary, recipients: recipients.length + customers.length, detail: { customers: customers.length } });
      await this.record(m, me, incident, 'incident.resolve', {});
      await this.deadlines.schedule(incident, m);
      return this.viewOf(incident, m);
    });
  }

  /** Those of the settings that are not in the incident's register. */
  notAffected(m: EntityManager, incidentId: string, settingIds: string[]): Promise<string[]> {
    return this.affected.notAffected(incidentId, settingIds, m);
  }
}
