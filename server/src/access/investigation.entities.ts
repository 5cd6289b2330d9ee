import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentKind } from '../policy/abilities.js';

// Anonymised investigation copies: the `investigation` schema, apart from live content. Rows carry codes, never names.

export type CopyStatus = 'ready' | 'deleted';
export type CopyDeleteReason = 'grant_expired' | 'grant_revoked' | 'case_resolved' | 'max_age' | 'owner_deleted' | 'setting_purged';

@Entity({ schema: 'investigation', name: 'copies' })
export class InvestigationCopy {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('uuid', { name: 'owner_id' }) ownerId!: string;
  @Column('text', { array: true }) scopes!: ContentKind[];
  @Column('text') status!: CopyStatus;
  @Column('jsonb') counts!: Partial<Record<ContentKind, number>>;
  @Column('timestamptz', { name: 'delete_by' }) deleteBy!: Date;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
  @Column('text', { name: 'delete_reason', nullable: true }) deleteReason!: CopyDeleteReason | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ schema: 'investigation', name: 'children' })
export class CopyChild {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('text') code!: string;
  @Column('int', { name: 'birth_year', nullable: true }) birthYear!: number | null;
  @Column('text', { name: 'age_band', nullable: true }) ageBand!: string | null;
  @Column('text', { nullable: true }) room!: string | null;
  @Column('text') notes!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ schema: 'investigation', name: 'parents' })
export class CopyParent {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('text') code!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text', { nullable: true }) relationship!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ schema: 'investigation', name: 'observations' })
export class CopyObservation {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('timestamptz', { name: 'observed_at' }) observedAt!: Date;
  @Column('text', { name: 'author_code' }) authorCode!: string;
  @Column('text', { nullable: true }) area!: string | null;
  @Column('text') text!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ schema: 'investigation', name: 'media' })
export class CopyMedia {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('text') code!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('timestamptz', { name: 'taken_at', nullable: true }) takenAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const COPY_ENTITIES = { children: CopyChild, observations: CopyObservation, parents: CopyParent, media: CopyMedia } as const;
