import { Column, Entity, PrimaryColumn } from 'typeorm';

// The rows of the copies, in the investigation database only. Codes and shifted times, never names or live ids.

@Entity('copies')
export class CopyRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity('children')
export class CopyChildRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('text') code!: string;
  @Column('date', { name: 'date_of_birth', nullable: true }) dateOfBirth!: string | null;
  @Column('text', { name: 'age_band', nullable: true }) ageBand!: string | null;
  @Column('text', { nullable: true }) room!: string | null;
  @Column('text') notes!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity('parents')
export class CopyParentRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('text') code!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text', { name: 'child_code', nullable: true }) childCode!: string | null;
  @Column('text', { nullable: true }) relationship!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity('observations')
export class CopyObservationRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text', { name: 'child_code', nullable: true }) childCode!: string | null;
  @Column('timestamptz', { name: 'observed_at' }) observedAt!: Date;
  @Column('text', { name: 'author_code' }) authorCode!: string;
  @Column('text', { nullable: true }) area!: string | null;
  @Column('text') text!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity('media')
export class CopyMediaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'copy_id', select: false }) copyId!: string;
  @Column('text') code!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text', { name: 'child_code', nullable: true }) childCode!: string | null;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('text', { name: 'size_bucket' }) sizeBucket!: string;
  @Column('timestamptz', { name: 'taken_at', nullable: true }) takenAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const COPY_ROWS = { children: CopyChildRow, observations: CopyObservationRow, parents: CopyParentRow, media: CopyMediaRow } as const;
export const COPY_ENTITIES = [CopyRecord, CopyChildRow, CopyParentRow, CopyObservationRow, CopyMediaRow];
