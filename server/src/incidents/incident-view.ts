import { controllerDeadline, onTime, type ClockReading } from './incident-clock.js';
import type { Incident, IncidentEntry } from './incident.entities.js';

/** An incident as the API returns it: the stored facts plus the clock, computed at the moment of reading. */
/** The policy says a critical is declared immediately; more than this after discovery is flagged as late. */
export const LATE_DECLARATION_MS = 60 * 60_000;

export function isLateDeclaration(incident: Pick<Incident, 'discoveredAt' | 'declaredAt'>): boolean {
  return incident.declaredAt.getTime() - incident.discoveredAt.getTime() > LATE_DECLARATION_MS;
}

export function incidentView(incident: Incident, reading: ClockReading, affectedSettingIds: string[], readAt: Date, missedUpdates: number) {
  return {
    id: incident.id,
    title: incident.title,
    description: incident.description,
    discoveredAt: incident.discoveredAt,
    declaredAt: incident.declaredAt,
    lateDeclaration: isLateDeclaration(incident),
    status: incident.status,
    ownerId: incident.ownerId,
    declaredById: incident.declaredById,
    personalDataBreach: incident.personalDataBreach,
    breachNotifiedAt: incident.breachNotifiedAt,
    controllerDeadlineAt: incident.personalDataBreach ? controllerDeadline(incident.breachNotifiedAt) : null,
    functionalityRemoved: incident.functionalityRemoved,
    portalMessage: incident.portalMessage,
    portalMessageAt: incident.portalMessageAt,
    day: reading.day,
    cadenceMinutes: reading.cadenceMinutes,
    cadenceDay1Minutes: incident.cadenceDay1Minutes,
    cadenceLaterMinutes: incident.cadenceLaterMinutes,
    lastCustomerUpdateAt: incident.lastCustomerUpdateAt,
    nextUpdateDueAt: reading.nextUpdateDueAt,
    remindAt: reading.remindAt,
    reminderDue: reading.reminderDue,
    overdue: reading.overdue,
    /** Every customer-update deadline missed over the incident's life, each one announced to SMT. */
    missedUpdates,
    affectedSettingIds,
    affectedSettingsCount: affectedSettingIds.length,
    resolvedAt: incident.resolvedAt,
    resolvedById: incident.resolvedById,
    resolutionSummary: incident.resolutionSummary,
    createdAt: incident.createdAt,
    updatedAt: incident.updatedAt,
    /** The server's time of this reading: a countdown in a browser runs from it, not from the browser's own clock. */
    readAt,
  };
}
export type IncidentView = ReturnType<typeof incidentView>;

export interface Names {
  staff: Map<string, string>;
  settings: Map<string, string>;
}

/** One timeline line, with the names a reader needs beside the ids. */
export function entryView(e: IncidentEntry, names?: Names) {
  return {
    id: e.id,
    seq: Number(e.seq),
    incidentId: e.incidentId,
    at: e.at,
    kind: e.kind,
    actorId: e.actorId,
    actorName: e.actorId ? names?.staff.get(e.actorId) ?? null : null,
    settingId: e.settingId,
    settingName: e.settingId ? names?.settings.get(e.settingId) ?? null : null,
    caseId: e.caseId,
    contactKind: e.contactKind,
    decision: e.decision,
    audience: e.kind === 'customer_update' ? 'customers' : e.kind === 'internal_update' ? 'internal' : null,
    message: e.message,
    dueAt: e.dueAt,
    onTime: e.kind === 'customer_update' ? onTime(e.at, e.dueAt) : null,
    recipients: e.recipients,
    detail: e.detail,
  };
}
export type EntryView = ReturnType<typeof entryView>;
