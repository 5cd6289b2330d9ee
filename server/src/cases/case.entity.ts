import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CASE_STATUSES = ['open', 'investigating', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A support case raised for one setting. */
@Entity('cases')
export class SupportCase {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('text') status!: CaseStatus;
  @Column('uuid', { name: 'incident_id', nullable: true }) incidentId!: string | null;
  @Column('uuid', { name: 'opened_by_id', nullable: true }) openedById!: string | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
