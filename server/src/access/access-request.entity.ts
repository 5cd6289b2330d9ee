import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentKind } from '../policy/abilities.js';

export const ACCESS_STATUSES = ['pending', 'awaiting_consent', 'active', 'denied', 'expired', 'revoked', 'ended'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];

export const CONSENT_STATUSES = ['not_asked', 'requested', 'granted', 'refused', 'expired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
export type ConsentMethod = 'contract' | 'email_link';

/** Why a request or grant stopped; kept beside the status for the history. */
export type EndReason = 'undecided' | 'expired' | 'revoked' | 'case_resolved' | 'consent_refused' | 'credentials_reset';

/** A developer's request for one setting's content for one case; once it starts, the same row is the grant. */
@Entity('access_requests')
export class AccessRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'requester_id' }) requesterId!: string;
  @Column('text') justification!: string;
  @Column('text', { array: true }) scopes!: ContentKind[];
  @Column('int') minutes!: number;
  @Column('text') status!: AccessStatus;
  /** The deadline of the current wait (the IT manager's decision, then the customer's answer). */
  @Column('timestamptz', { name: 'respond_by', nullable: true }) respondBy!: Date | null;
  @Column('uuid', { name: 'approver_id', nullable: true }) approverId!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason!: string | null;
  @Column('text', { name: 'consent_status' }) consentStatus!: ConsentStatus;
  @Column('text', { name: 'consent_method', nullable: true }) consentMethod!: ConsentMethod | null;
  @Column('text', { name: 'consent_by', nullable: true }) consentBy!: string | null;
  @Column('timestamptz', { name: 'consent_at', nullable: true }) consentAt!: Date | null;
  /** The setting's consent terms when the request was made; a later change to the setting never alters them. */
  @Column('text', { name: 'consent_policy', nullable: true }) consentPolicy!: 'per_request' | 'contract' | null;
  @Column('text', { name: 'consent_dpo_email', nullable: true }) consentDpoEmail!: string | null;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt!: Date | null;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt!: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt!: Date | null;
  @Column('text', { name: 'end_reason', nullable: true }) endReason!: EndReason | null;
  @Column('uuid', { name: 'ended_by_id', nullable: true }) endedById!: string | null;
  // Stamped from the injected clock, so expiry and the 24-hour decision window follow the same time.
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

/** A single-use consent link; only the token's hash is stored. */
@Entity('access_consent_tokens')
export class ConsentToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('text', { name: 'sent_to' }) sentTo!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

/** The status as of `now`: a grant past its expiry, or a wait past its deadline, reads `expired` before any sweep. */
export function effectiveStatus(r: Pick<AccessRequest, 'status' | 'respondBy' | 'expiresAt'>, now: Date): AccessStatus {
  if ((r.status === 'pending' || r.status === 'awaiting_consent') && r.respondBy && r.respondBy <= now) return 'expired';
  if (r.status === 'active' && r.expiresAt && r.expiresAt <= now) return 'expired';
  return r.status;
}
