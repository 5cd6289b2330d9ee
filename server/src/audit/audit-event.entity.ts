import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One thing that happened. Insert-only: the database refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column('timestamptz') at!: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text') action!: string;
  @Column('text', { name: 'subject_type' }) subjectType!: string;
  @Column('text', { name: 'subject_id', nullable: true }) subjectId!: string | null;
  @Column('uuid', { name: 'setting_id', nullable: true }) settingId!: string | null;
  @Column('uuid', { name: 'grant_id', nullable: true }) grantId!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('jsonb') detail!: Record<string, unknown>;
}

/** The chain: each sealed event's hash covers the event and the hash before it. Insert-only as well. */
@Entity('audit_seals')
export class AuditSeal {
  @PrimaryGeneratedColumn({ type: 'bigint' }) position!: string;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('text', { name: 'prev_hash' }) prevHash!: string;
  @Column('text') hash!: string;
  @Column({ type: 'timestamptz', name: 'sealed_at', insert: false }) sealedAt!: Date;
}
