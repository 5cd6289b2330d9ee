import { createMongoAbility, subject as asSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';

export type AppAbility = MongoAbility;
export type PackedRules = PackRule<RawRuleOf<AppAbility>>[];

/** react-admin resource names → the server's CASL subjects. A resource not listed here is refused. */
export const SUBJECTS: Readonly<Record<string, string>> = {
  settings: 'Setting',
  cases: 'Case',
  staff: 'Staff',
  sessions: 'Session', // a staff member's live sessions, shown on their page
  'audit-events': 'AuditEvent',
  outbox: 'Outbox',
  'access-requests': 'AccessRequest',
  investigations: 'Investigation',
  incidents: 'Incident',
  'incident-contacts': 'IncidentContact', // a call, letter or SMT contact logged against an incident
  'sub-processors': 'SubProcessor',
  'access-reviews': 'AccessReview',
  'subject-requests': 'SubjectRequest',
  'access-reports': 'AccessReport', // who accessed a setting's records: a page, not a list
  'processing-record': 'ProcessingRecord',
};

/** react-admin actions → CASL actions; anything else (unlock, ...) is passed through as it is. */
const ACTIONS: Readonly<Record<string, string>> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

/**
 * A field a resource's pages show that not everyone who may read the subject may read: everyone reads colleagues' names,
 * but only those who may read their emails (admins) get the staff pages.
 */
const PAGE_FIELD: Readonly<Record<string, string>> = { staff: 'email' };

export function abilityFrom(packed: PackedRules): AppAbility {
  return createMongoAbility(unpackRules(packed));
}

export function can(ability: AppAbility, action: string, resource: string, record?: Record<string, unknown>): boolean {
  const subjectName = SUBJECTS[resource];
  if (!subjectName) return false;
  const casl = ACTIONS[action] ?? action;
  const target = record ? asSubject(subjectName, { ...record }) : subjectName;
  const field = casl === 'read' ? PAGE_FIELD[resource] : undefined;
  return field ? ability.can(casl, target, field) : ability.can(casl, target);
}
