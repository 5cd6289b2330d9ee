import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';

/**
 * THE policy: every role's rules, and nowhere else. Deny by default — a role gets only what is written here,
 * and no role reads customer content except a developer through a live grant.
 */
export const ROLES = ['support', 'developer', 'it_manager', 'smt', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CONTENT_KINDS = ['children', 'observations', 'parents', 'media'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CONTENT_SUBJECT = {
  children: 'Child',
  observations: 'Observation',
  parents: 'Parent',
  media: 'Media',
} as const satisfies Record<ContentKind, string>;
export type ContentSubject = (typeof CONTENT_SUBJECT)[ContentKind];

export type Action =
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'unlock'
  | 'approve'
  | 'revoke'
  | 'resolve'
  | 'decide'
  | 'contact'
  | 'publish'
  | 'investigate'
  | 'handover';

export type SubjectName =
  | 'Staff'
  | 'Session'
  | 'Setting'
  | 'Case'
  | 'AuditEvent'
  | 'Outbox'
  | 'AccessRequest'
  | 'Investigation'
  | 'Incident'
  | 'IncidentContact'
  | 'SubProcessor'
  | 'AccessReview'
  | 'AccessReport'
  | 'ProcessingRecord'
  | 'SubjectRequest'
  | ContentSubject
  | 'all';

export type AppAbility = MongoAbility<[Action, SubjectName | Record<string, unknown>]>;

/** A live developer grant: one setting, named content kinds. */
export interface LiveGrant {
  id: string;
  settingId: string;
  scopes: ContentKind[];
}

export interface PolicySubject {
  id: string;
  roles: readonly string[];
  grants: readonly LiveGrant[];
}

type Builder = AbilityBuilder<AppAbility>;

/** What any member of staff may know of a colleague; the rest of a staff record is for admins. */
export const STAFF_PUBLIC_FIELDS = ['id', 'name', 'roles', 'active'];

/** An email's delivery record without its words: to whom, what about, whether it arrived. */
export const OUTBOX_DELIVERY_FIELDS = ['id', 'kind', 'to', 'subject', 'status', 'attempts', 'lastError', 'sentAt', 'incidentId', 'settingId', 'createdAt', 'updatedAt'];

const rulesFor: Record<Role, (who: PolicySubject, b: Builder) => void> = {
  support: (_who, { can }) => {
    can(['read', 'create', 'update'], 'Setting');
    can(['read', 'create', 'update'], 'Case');
    can('read', 'Staff', STAFF_PUBLIC_FIELDS);
    // The customer experience team declares criticals, updates customers and logs its calls and letters.
    can(['read', 'create', 'update', 'resolve'], 'Incident');
    can('create', 'IncidentContact', { kind: { $in: ['telephone_update', 'written_confirmation'] } });
    can('contact', 'Incident'); // sends the written confirmations from the product
    // Who sends the customer updates sees which incident emails failed to arrive, never what they said.
    can('read', 'Outbox', OUTBOX_DELIVERY_FIELDS, { status: 'failed', incidentId: { $ne: null } });
    // A departing customer's copy goes to their DPO by link; support starts it and never sees it.
    can('handover', 'Setting');
    can(['read', 'create', 'update'], 'SubjectRequest'); // logs what a controller forwards
    can('read', 'SubProcessor');
  },
  developer: (who, { can }) => {
    can('read', ['Setting', 'Case']);
    can('read', 'Incident'); // engineers fixing the fault see the incident, and change nothing in it
    can('read', 'Staff', STAFF_PUBLIC_FIELDS);
    // Access is asked case by case; a developer sees and may withdraw only their own requests.
    can('create', 'AccessRequest');
    can(['read', 'revoke'], 'AccessRequest', { requesterId: who.id });
    can('read', 'SubProcessor');
    // An investigation copy is the developer's own, made and read only under a grant that is live now.
    can(['read', 'delete'], 'Investigation', { ownerId: who.id });
    const live = who.grants.map((g) => g.id);
    can(['create', 'investigate'], 'Investigation', { ownerId: who.id, requestId: { $in: live } });
    // Content only through a live grant: one setting, the granted kinds, read-only.
    for (const grant of who.grants) {
      can('read', grant.scopes.map((kind) => CONTENT_SUBJECT[kind]), { settingId: grant.settingId });
    }
  },
  it_manager: (who, { can, cannot }) => {
    can('read', ['Setting', 'Case', 'AuditEvent', 'Outbox']);
    can('read', 'Staff', STAFF_PUBLIC_FIELDS);
    // IT decides and revokes access; nobody decides their own request, whatever other roles they hold.
    can('read', ['AccessRequest', 'Investigation']);
    can(['approve', 'revoke'], 'AccessRequest');
    cannot('approve', 'AccessRequest', { requesterId: who.id });
    // Only IT decides on removing functionality and speaks on the public portal.
    can(['read', 'create', 'update', 'resolve', 'decide', 'publish'], 'Incident');
    can('read', ['SubProcessor', 'AccessReport']);
  },
  smt: (_who, { can }) => {
    can('read', ['Setting', 'Case', 'AuditEvent', 'Outbox']);
    can('read', 'Staff', STAFF_PUBLIC_FIELDS);
    can('read', ['AccessRequest', 'Investigation']); // who accessed which customer's data, when and why
    // SMT reviews every incident and, from day 3, contacts each affected setting; it changes no incident facts.
    can('read', 'Incident');
    can('create', 'IncidentContact', { kind: 'smt_contact' });
    // The processor's standing obligations: sub-processors, termly reviews, reports to customers, the Art. 30 record.
    can(['read', 'create', 'update'], 'SubProcessor');
    can(['read', 'create'], 'AccessReview');
    can('read', ['AccessReport', 'ProcessingRecord', 'SubjectRequest']);
  },
  admin: (_who, { can }) => {
    can(['read', 'create', 'update', 'unlock'], 'Staff');
    can(['read', 'delete'], 'Session');
    can('read', ['Setting', 'Case', 'AuditEvent', 'Outbox']);
    can(['read', 'create', 'update'], 'SubProcessor');
    can(['read', 'create'], 'AccessReview');
    can('read', 'ProcessingRecord');
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function defineAbilityFor(who: PolicySubject): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const role of who.roles) {
    if (!isRole(role)) throw new Error(`unknown role "${role}"`);
    rulesFor[role](who, builder);
  }
  return builder.build();
}
