import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentKind } from '../policy/abilities.js';
import type { CopyReport } from './pseudonymise/pseudonymiser.js';

// What a copy was, in the main database: its grant, case, setting, expiry and report. Its rows live elsewhere.

export type CopyStatus = 'ready' | 'deleted';
export type CopyDeleteReason = 'grant_expired' | 'grant_revoked' | 'case_resolved' | 'max_age' | 'owner_deleted' | 'setting_purged' | 'moved_apart';

@Entity('investigations')
export class InvestigationCopy {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'owner_id' }) ownerId!: string;
  @Column('text', { array: true }) scopes!: ContentKind[];
  @Column('text') status!: CopyStatus;
  @Column('jsonb') counts!: Partial<Record<ContentKind, number>>;
  @Column('jsonb', { nullable: true }) report!: CopyReport | null;
  @Column('timestamptz', { name: 'delete_by' }) deleteBy!: Date;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
  @Column('text', { name: 'delete_reason', nullable: true }) deleteReason!: CopyDeleteReason | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
