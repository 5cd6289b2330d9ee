import { ApiProperty } from '@nestjs/swagger';
import { Id, NullText, Text, Time, Uuid } from '../../common/api-fields.js';
import { ROLES } from '../../policy/abilities.js';

/** A live session and who holds it. */
export class LiveSessionDto {
  @Id() id!: string;
  @Uuid() staffId?: string;
  @Text() staffName?: string;
  @Text() staffEmail?: string;
  @ApiProperty({ type: String, enum: [...ROLES], isArray: true, required: false }) roles?: string[];
  @Time() createdAt?: string;
  @Time() lastSeenAt?: string;
  @Time() expiresAt?: string;
  @NullText() ip?: string | null;
  @NullText() userAgent?: string | null;
}
