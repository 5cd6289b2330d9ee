import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const INCIDENT_STATUSES = ['active', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const UPDATE_AUDIENCES = ['customers', 'internal'] as const;
export type UpdateAudience = (typeof UPDATE_AUDIENCES)[number];

export const CONTACT_KINDS = ['telephone_update', 'written_confirmation', 'smt_contact'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const DECISION_KINDS = ['remove_functionality', 'keep_functionality'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const ENTRY_KINDS = [
  'declared', 'customer_update', 'internal_update', 'decision', 'contact', 'case_linked', 'portal_message',
  'affected_settings', 'breach_flagged', 'owner_changed', 'reminder', 'overdue', 'resolved', 'late_declaration', 'breach_notice',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A critical incident. Its clock (day, next update, overdue) is computed on every read, never stored. */
@Entity('incidents')
export class Incident {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('timestamptz', { name: 'discovered_at' }) discoveredAt!: Date;
  @Column('timestamptz', { name: 'declared_at' }) declaredAt!: Date;
  @Column('text') status!: IncidentStatus;
  @Column('uuid', { name: 'owner_id' }) ownerId!: string;
  @Column('uuid', { name: 'declared_by_id' }) declaredById!: string;
  @Column('boolean', { name: 'personal_data_breach' }) personalDataBreach!: boolean;
  @Column('timestamptz', { name: 'breach_notified_at', nullable: true }) breachNotifiedAt!: Date | null;
  /** Null until IT has decided. */
  @Column('boolean', { name: 'functionality_removed', nullable: true }) functionalityRemoved!: boolean | null;
  @Column('text', { name: 'portal_message', nullable: true }) portalMessage!: string | null;
  @Column('timestamptz', { name: 'portal_message_at', nullable: true }) portalMessageAt!: Date | null;
  @Column('timestamptz', { name: 'last_customer_update_at', nullable: true }) lastCustomerUpdateAt!: Date | null;
  /** The cadence in force when the incident was declared: a later configuration change does not move its deadlines. */
  @Column('int', { name: 'cadence_day1_minutes' }) cadenceDay1Minutes!: number;
  @Column('int', { name: 'cadence_later_minutes' }) cadenceLaterMinutes!: number;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('uuid', { name: 'resolved_by_id', nullable: true }) resolvedById!: string | null;
  @Column('text', { name: 'resolution_summary', nullable: true }) resolutionSummary!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** One setting in an incident's affected-settings register. */
@Entity('incident_settings')
export class IncidentSetting {
  @PrimaryColumn('uuid', { name: 'incident_id' }) incidentId!: string;
  @PrimaryColumn('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('timestamptz', { name: 'added_at' }) addedAt!: Date;
  @Column('uuid', { name: 'added_by_id', nullable: true }) addedById!: string | null;
}

/** One line of an incident's timeline: an update, a decision, a contact, a linked case, a portal message... */
@Entity('incident_entries')
export class IncidentEntry {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column('uuid', { name: 'incident_id' }) incidentId!: string;
  @Column('timestamptz') at!: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text', { name: 'actor_roles', array: true }) actorRoles!: string[];
  @Column('text') kind!: EntryKind;
  @Column('uuid', { name: 'setting_id', nullable: true }) settingId!: string | null;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text', { name: 'contact_kind', nullable: true }) contactKind!: ContactKind | null;
  @Column('text', { nullable: true }) decision!: DecisionKind | null;
  @Column('text', { nullable: true }) message!: string | null;
  /** For a customer update: the deadline it answered, so compliance is a fact, not a recollection. */
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  @Column('int', { nullable: true }) recipients!: number | null;
  @Column('jsonb') detail!: Record<string, unknown>;
}

/** A reminder or overdue notice already sent for one deadline. */
@Entity('incident_alerts')
export class IncidentAlert {
  @PrimaryColumn('uuid', { name: 'incident_id' }) incidentId!: string;
  @PrimaryColumn('text') kind!: 'reminder' | 'overdue';
  @PrimaryColumn('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('timestamptz', { name: 'sent_at' }) sentAt!: Date;
}

/** One Art. 33(3) notice to one affected setting's DPO; a setting's later notices are follow-ups. */
@Entity('incident_breach_notices')
export class IncidentBreachNotice {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'incident_id' }) incidentId!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('int') notice!: number;
  @Column('timestamptz', { name: 'sent_at' }) sentAt!: Date;
  @Column('uuid', { name: 'sent_by_id' }) sentById!: string;
  @Column('boolean', { name: 'follow_up' }) followUp!: boolean;
  @Column('text', { name: 'sent_to' }) sentTo!: string;
  @Column('jsonb') content!: Record<string, unknown>;
}
