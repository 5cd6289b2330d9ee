import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const OUTBOX_STATUSES = ['queued', 'sent', 'captured', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What staff read, and what is stored once delivered, in place of a sensitive message's body. */
export const WITHHELD_BODY = '(withheld: this message carries a single-use link meant only for its recipient)';

/** A message as staff may read it: a sensitive body never leaves the server. */
export function readable(message: OutboxMessage): OutboxMessage {
  return message.sensitive ? { ...message, body: WITHHELD_BODY } : message;
}

/** One email to one recipient. `idempotencyKey` names the cause, so the same cause never makes two rows. */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { name: 'idempotency_key' }) idempotencyKey!: string;
  @Column('text') kind!: string;
  @Column('text') to!: string;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  /** Carries a secret (a single-use link): the body is never shown to staff and is blanked once delivered. */
  @Column('boolean') sensitive!: boolean;
  @Column('text') status!: OutboxStatus;
  @Column('int') attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  @Column('uuid', { name: 'incident_id', nullable: true }) incidentId!: string | null;
  @Column('uuid', { name: 'setting_id', nullable: true }) settingId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
