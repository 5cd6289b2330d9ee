import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A departing customer's download link: only the token's hash is kept, and it works once. */
@Entity('export_links')
export class ExportLink {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'setting_id' }) settingId!: string;
  @Column('text', { name: 'token_hash', select: false }) tokenHash!: string;
  @Column('text', { name: 'sent_to' }) sentTo!: string;
  @Column('uuid', { name: 'requested_by_id' }) requestedById!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
