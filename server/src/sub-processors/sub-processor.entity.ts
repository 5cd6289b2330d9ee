import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SUB_PROCESSOR_STATUSES = ['proposed', 'active', 'retired'] as const;
export type SubProcessorStatus = (typeof SUB_PROCESSOR_STATUSES)[number];

/** A company that processes customers' data on our behalf (UK GDPR Art. 28(2)): named to every controller. */
@Entity('sub_processors')
export class SubProcessor {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') purpose!: string;
  @Column('text') location!: string;
  @Column('text', { name: 'data_categories', array: true }) dataCategories!: string[];
  @Column('text') status!: SubProcessorStatus;
  @Column('timestamptz', { name: 'proposed_at' }) proposedAt!: Date;
  @Column('timestamptz', { name: 'active_from', nullable: true }) activeFrom!: Date | null;
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
