import { Flag, Id, NullTime, Text, Time } from '../../common/api-fields.js';
import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../policy/abilities.js';

/** A member of staff as the caller may see them: everyone reads names and roles, admins the rest. */
export class StaffViewDto {
  @Id() id!: string;
  @Text() email?: string;
  @Text() name?: string;
  @ApiProperty({ type: String, enum: [...ROLES], isArray: true, required: false }) roles?: string[];
  @Flag() active?: boolean;
  @ApiProperty({ type: Number, required: false }) failedLogins?: number;
  @NullTime() lockedUntil?: string | null;
  @Flag() mfaEnabled?: boolean;
  @NullTime() trainingCompletedAt?: string | null;
  @NullTime() lastSignInAt?: string | null;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}

/** A reset link sent: the person's sessions and live grants ended with it. */
export class PasswordResetSentDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['sent'] }) status!: string;
  @ApiProperty({ type: 'integer' }) sessionsEnded!: number;
  @ApiProperty({ type: 'integer' }) grantsEnded!: number;
}
