import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const REVIEW_DECISIONS = ['keep', 'change', 'remove'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface ReviewEntry {
  staffId: string;
  name: string;
  /** The roles held when the review was made. */
  roles: string[];
  lastSignInAt: string | null;
  decision: ReviewDecision;
  note: string | null;
}

/** One term's review of who holds which role ("at least once a term"). */
@Entity('access_reviews')
export class AccessReview {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') term!: string;
  @Column('uuid', { name: 'reviewer_id' }) reviewerId!: string;
  @Column('jsonb') entries!: ReviewEntry[];
  @Column('timestamptz', { name: 'completed_at' }) completedAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
