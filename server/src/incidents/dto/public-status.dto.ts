import { ApiProperty } from '@nestjs/swagger';

/** One active incident's public message. */
export class PortalNoticeDto {
  @ApiProperty() message!: string;
  @ApiProperty({ type: String, format: 'date-time' }) since!: string;
}
