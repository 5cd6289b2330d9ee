import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text', { array: true }) roles!: string[];
  @Column('boolean') active!: boolean;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('int', { name: 'failed_logins' }) failedLogins!: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil!: Date | null;
  @Column('boolean', { name: 'mfa_enabled' }) mfaEnabled!: boolean;
  // Two-factor secrets never leave the auth module: not selected unless asked for by name.
  @Column('text', { name: 'mfa_secret', nullable: true, select: false }) mfaSecret!: string | null;
  @Column('text', { name: 'mfa_pending_secret', nullable: true, select: false }) mfaPendingSecret!: string | null;
  @Column('bigint', { name: 'mfa_last_step', nullable: true, select: false }) mfaLastStep!: string | null;
  @Column('timestamptz', { name: 'training_completed_at', nullable: true }) trainingCompletedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
