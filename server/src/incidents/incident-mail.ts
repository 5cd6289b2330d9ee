import type { Mail } from '../mail/mail.service.js';
import type { Incident } from './incident.entities.js';

/**
 * What the incident's emails say. Every message names its cause in its idempotency key, so a retried request,
 * a repeated sweep or a re-run job never makes a second email for the same cause and recipient.
 */
const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');

/** "2 d 1 h", "3 h 5 min", "45 min": how long, as people say it. */
export function humanMinutes(total: number): string {
  const m = Math.max(0, Math.round(total));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  if (d) return h ? `${d} d ${h} h` : `${d} d`;
  if (h) return min ? `${h} h ${min} min` : `${h} h`;
  return `${min} min`;
}

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

export function overdueMails(incident: Incident, dueAt: Date, recipients: Recipient[], ordinal: number): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.overdue'),
    to: r.email,
    idempotencyKey: `incident:${incident.id}:overdue:${dueAt.toISOString()}:${r.key}`,
    subject: `OVERDUE customer update (missed update ${ordinal}): ${incident.title}`,
    body: [
      `The customer update for "${incident.title}" was due by ${when(dueAt)} and has not been sent.`,
      `Customer updates missed in this incident so far: ${ordinal}.`,
    ].join('\n'),
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

export function resolvedCustomerMails(incident: Incident, recipients: Recipient[]): Mail[] {
  return recipients.map((r) => ({
    ...base(incident, 'incident.resolved_customer'),
    settingId: r.settingId ?? null,
    to: r.email,
    idempotencyKey: `incident:${incident.id}:resolved:${r.key}`,
    subject: `Resolved: ${incident.title}`,
    body: [
      `Dear ${r.name ?? 'customer'},`,
      '',
      `The incident "${incident.title}" that affected your service is now resolved. No further updates will follow.`,
      '',
      'Thank you for your patience. If anything still looks wrong, please contact our support team.',
      '',
      'The Customer Experience Team',
    ].join('\n'),
  }));
}

export interface BreachNoticeContent {
  natureOfBreach: string;
  dataCategories: string[];
  approxSubjects: number;
  approxRecords: number;
  likelyConsequences: string;
  measuresTaken: string;
  contactPoint: string;
}

/** The Art. 33(3) headings, in the order the regulation gives them. */
export const BREACH_HEADINGS: [keyof BreachNoticeContent, string][] = [
  ['natureOfBreach', 'Nature of the personal data breach'],
  ['dataCategories', 'Categories of personal data concerned'],
  ['approxSubjects', 'Approximate number of data subjects concerned'],
  ['approxRecords', 'Approximate number of personal data records concerned'],
  ['likelyConsequences', 'Likely consequences of the breach'],
  ['measuresTaken', 'Measures taken or proposed to address the breach and mitigate its effects'],
  ['contactPoint', 'Contact point for more information'],
];

/** One Art. 33(3) notice (or follow-up) to one setting's DPO. */
export function articleNoticeMail(
  incident: Incident, r: Recipient, content: BreachNoticeContent, n: { notice: number; followUp: boolean; sentAt: Date; hoursSinceAwareness: number },
): Mail {
  const value = (k: keyof BreachNoticeContent) => {
    const v = content[k];
    return Array.isArray(v) ? v.join(', ') : typeof v === 'number' ? `about ${v.toLocaleString('en-GB')}` : v;
  };
  return {
    ...base(incident, 'incident.breach_article_notice'),
    settingId: r.settingId ?? null,
    to: r.email,
    idempotencyKey: `incident:${incident.id}:breach-notice:${n.notice}:${r.key}`,
    subject: `${n.followUp ? `Follow-up ${n.notice - 1} to personal data breach notice` : 'Personal data breach notice'} (UK GDPR Art. 33): ${incident.title}`,
    body: [
      `Dear Data Protection Officer of ${r.name ?? 'the setting'},`,
      '',
      n.followUp
        ? 'As your data processor, we give you further information about the personal data breach we notified to you earlier.'
        : 'As your data processor, we notify you without undue delay of a personal data breach affecting personal data we process on your behalf.',
      '',
      `Incident: ${incident.title}`,
      `Became aware: ${when(incident.discoveredAt)} (${n.hoursSinceAwareness} hours before this notice)`,
      '',
      ...BREACH_HEADINGS.flatMap(([k, heading]) => [`${heading}:`, value(k), '']),
      'As controller you may need to report the breach to the ICO within 72 hours of becoming aware of it.',
    ].join('\n'),
  };
}
