import { ApiProperty } from '@nestjs/swagger';

/** A records export asked for: the single-use link went to the setting's DPO. */
export class ExportViewDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid' }) settingId!: string;
  @ApiProperty({ description: 'the DPO address the link was sent to' }) sentTo!: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: ['sent'] }) status!: string;
}
