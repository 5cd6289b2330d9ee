import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SETTING_CHANGE_STATUSES = ['pending', 'confirmed', 'rejected', 'superseded'] as const;
export type SettingChangeStatus = (typeof SETTING_CHANGE_STATUSES)[number];

/** A change that would widen access to a setting's content, held until its current DPO confirms it by emailed link. */
@Entity('setting_changes')
export class SettingChange {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  /** The proposed values, by field. */
  @Column('jsonb') fields!: Record<string, unknown>;
  /** The values when the change was asked for. */
  @Column('jsonb') previous!: Record<string, unknown>;
  @Column('uuid', { name: 'requested_by', nullable: true }) requestedBy!: string | null;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('text', { name: 'token_hash', select: false }) tokenHash!: string;
  @Column('text', { name: 'sent_to' }) sentTo!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('text') status!: SettingChangeStatus;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('text', { name: 'decided_by_name', nullable: true }) decidedByName!: string | null;
}
