import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SUBJECT_REQUEST_KINDS = ['access', 'erasure', 'rectification', 'restriction', 'portability'] as const;
export type SubjectRequestKind = (typeof SUBJECT_REQUEST_KINDS)[number];
export const SUBJECT_REQUEST_STATUSES = ['open', 'done'] as const;
export type SubjectRequestStatus = (typeof SUBJECT_REQUEST_STATUSES)[number];

/** A data subject's request a controller forwarded to us; the law gives one calendar month to answer. */
@Entity('subject_requests')
export class SubjectRequest {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('text') kind!: SubjectRequestKind;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('text') status!: SubjectRequestStatus;
  @Column('text') notes!: string;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('timestamptz', { name: 'overdue_notified_at', nullable: true }) overdueNotifiedAt!: Date | null;
  @Column('uuid', { name: 'logged_by_id', nullable: true }) loggedById!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
