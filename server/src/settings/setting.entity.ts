import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SETTING_KINDS = ['nursery', 'childminder', 'preschool', 'school', 'trust', 'other'] as const;
export const SUBSCRIPTION_STATUSES = ['active', 'expired', 'cancelled'] as const;
/** `purged` is set by the retention purge only, never by a client. */
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number] | 'purged';
export const CONSENT_POLICIES = ['per_request', 'contract'] as const;

/** A customer setting: the basic details staff may see. Its children's records live elsewhere (content/). */
@Entity('settings')
export class Setting {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: (typeof SETTING_KINDS)[number];
  @Column('text', { nullable: true }) address!: string | null;
  @Column('text', { nullable: true }) postcode!: string | null;
  @Column('text', { name: 'ico_number', nullable: true }) icoNumber!: string | null;
  @Column('text', { name: 'dpo_name', nullable: true }) dpoName!: string | null;
  @Column('text', { name: 'dpo_email', nullable: true }) dpoEmail!: string | null;
  @Column('text', { name: 'contact_email', nullable: true }) contactEmail!: string | null;
  @Column('text', { name: 'contact_phone', nullable: true }) contactPhone!: string | null;
  @Column('text', { name: 'subscription_status' }) subscriptionStatus!: SubscriptionStatus;
  @Column('timestamptz', { name: 'subscription_ends_at', nullable: true }) subscriptionEndsAt!: Date | null;
  @Column('timestamptz', { name: 'purged_at', nullable: true }) purgedAt!: Date | null;
  @Column('timestamptz', { name: 'retention_warned_at', nullable: true }) retentionWarnedAt!: Date | null;
  @Column('text', { name: 'consent_policy' }) consentPolicy!: (typeof CONSENT_POLICIES)[number];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
