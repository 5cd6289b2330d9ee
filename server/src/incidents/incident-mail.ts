import type { Mail } from '../mail/mail.service.js';
import type { Incident } from './incident.entities.js';

/**
 * What the incident's emails say. Every message names its cause in its idempotency key, so a retried request,
 * a repeated sweep or a re-run job never makes a second email for the same cause and recipient.
 */
const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');

export interface Recipient {
  email: string;
  /** Who the address belongs to: a staff id, a setting id, or the critical mailbox. */
  key: string;
  settingId?: string;
  name?: string;
}

const base = (incident: Incident, kind: string) => ({ kind, incidentId: incident.id });

export function declaredMails(incident: Incident, recipients: Recipient[], declaredBy: string): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.declared'),
    to: r.email,
    idempotencyKey: `incident:${incident.id}:declared:${r.key}`,
    subject: `[CRITICAL] ${incident.title}`,
    body: [
      `A critical incident has been declared by ${declaredBy}.`,
      '',
      incident.title,
      incident.description,
      '',
      `Discovered: ${when(incident.discoveredAt)}`,
      `Declared: ${when(incident.declaredAt)}`,
      `Personal data breach: ${incident.personalDataBreach ? 'yes' : 'not flagged'}`,
      '',
      'IT: make initial investigations and decide whether to remove the affected functionality.',
    ].join('\n'),
  }));
}

export function customerUpdateMails(incident: Incident, entryId: string, message: string, nextDue: Date, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.customer_update'),
    settingId: r.settingId ?? null,
    to: r.email,
    idempotencyKey: `incident:${incident.id}:update:${entryId}:${r.key}`,
    subject: `Service update: ${incident.title}`,
    body: [
      `Dear ${r.name ?? 'customer'},`,
      '',
      message,
      '',
      `We will update you again by ${when(nextDue)}.`,
      '',
      'The Customer Experience Team',
    ].join('\n'),
  }));
}

export function internalUpdateMails(incident: Incident, entryId: string, message: string, author: string, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.internal_update'),
    to: r.email,
    idempotencyKey: `incident:${incident.id}:update:${entryId}:${r.key}`,
    subject: `[CRITICAL update] ${incident.title}`,
    body: [`Internal update from ${author}:`, '', message].join('\n'),
  }));
}

export function writtenConfirmationMails(incident: Incident, entryIds: Map<string, string>, message: string, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.written_confirmation'),
    settingId: r.settingId ?? null,
    to: r.email,
    idempotencyKey: `incident:${incident.id}:written:${entryIds.get(r.settingId!)}:${r.key}`,
    subject: `Confirmation: ${incident.title}`,
    body: [`Dear ${r.name ?? 'customer'},`, '', 'Further to our telephone update, we confirm in writing:', '', message, '', 'The Customer Experience Team'].join('\n'),
  }));
}

export function breachNoticeMails(incident: Incident, recipients: Recipient[], notifiedAt: Date, controllerDeadline: Date): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.breach_notice'),
    settingId: r.settingId ?? null,
    to: r.email,
    idempotencyKey: `incident:${incident.id}:breach:${r.key}`,
    subject: `Personal data breach notification: ${incident.title}`,
    body: [
      `Dear Data Protection Officer of ${r.name ?? 'the setting'},`,
      '',
      'As your data processor we are informing you, without undue delay, of a personal data breach that may affect',
      'personal data we process on your behalf.',
      '',
      incident.title,
      incident.description,
      '',
      `Discovered: ${when(incident.discoveredAt)}`,
      `Notified to you: ${when(notifiedAt)}`,
      `As controller you may need to report it to the ICO within 72 hours of becoming aware: by ${when(controllerDeadline)}.`,
      '',
      'We will keep you informed as the investigation progresses.',
    ].join('\n'),
  }));
}

export function reminderMails(incident: Incident, dueAt: Date, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.reminder'),
    to: r.email,
    idempotencyKey: `incident:${incident.id}:reminder:${dueAt.toISOString()}:${r.key}`,
    subject: `Customer update due ${when(dueAt)}: ${incident.title}`,
    body: `The next customer update for "${incident.title}" is due by ${when(dueAt)}.`,
  }));
}

export function overdueMails(incident: Incident, dueAt: Date, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.overdue'),
    to: r.email,
    idempotencyKey: `incident:${incident.id}:overdue:${dueAt.toISOString()}:${r.key}`,
    subject: `OVERDUE customer update: ${incident.title}`,
    body: `The customer update for "${incident.title}" was due by ${when(dueAt)} and has not been sent.`,
  }));
}

export function resolvedMails(incident: Incident, summary: string, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.resolved'),
    to: r.email,
    idempotencyKey: `incident:${incident.id}:resolved:${r.key}`,
    subject: `[RESOLVED] ${incident.title}`,
    body: [`The critical incident "${incident.title}" is resolved.`, '', summary].join('\n'),
  }));
}
