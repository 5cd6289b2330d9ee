import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

// Customer content: the setting is the data controller. Only ContentService reads these, under a live grant.

@Entity('children')
export class Child {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('text', { name: 'first_name' }) firstName!: string;
  @Column('text', { name: 'last_name' }) lastName!: string;
  @Column('text', { name: 'known_as', nullable: true }) knownAs!: string | null;
  @Column('date', { name: 'date_of_birth' }) dateOfBirth!: string;
  @Column('text', { nullable: true }) room!: string | null;
  @Column('text') notes!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('parents')
export class Parent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text', { name: 'first_name' }) firstName!: string;
  @Column('text', { name: 'last_name' }) lastName!: string;
  @Column('text', { nullable: true }) relationship!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { nullable: true }) address!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('observations')
export class Observation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('uuid', { name: 'child_id' }) childId!: string;
  @Column('timestamptz', { name: 'observed_at' }) observedAt!: Date;
  @Column('text', { name: 'author_name' }) authorName!: string;
  @Column('text', { nullable: true }) area!: string | null;
  @Column('text') text!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('media')
export class Media {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('uuid', { name: 'child_id', nullable: true }) childId!: string | null;
  @Column('text') filename!: string;
  @Column('text', { name: 'content_type' }) contentType!: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('text', { nullable: true }) caption!: string | null;
  @Column('timestamptz', { name: 'taken_at', nullable: true }) takenAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export const CONTENT_ENTITIES = { children: Child, observations: Observation, parents: Parent, media: Media } as const;
