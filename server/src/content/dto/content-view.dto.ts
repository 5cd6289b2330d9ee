import { ApiProperty } from '@nestjs/swagger';
import { Id, NullText, NullTime, NullUuid, Text, Time, Uuid } from '../../common/api-fields.js';

const Day = () => ApiProperty({ type: String, format: 'date', required: false });
const Size = () => ApiProperty({ type: 'integer', required: false });

/** A child, as the setting records them. */
export class ChildViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @Text() firstName?: string;
  @Text() lastName?: string;
  @NullText() knownAs?: string | null;
  @Day() dateOfBirth?: string;
  @NullText() room?: string | null;
  @Text() notes?: string;
  @Time() createdAt?: string;
}

/** A parent or carer, as the setting records them. */
export class ParentViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @NullUuid() childId?: string | null;
  @Text() firstName?: string;
  @Text() lastName?: string;
  @NullText() relationship?: string | null;
  @NullText() email?: string | null;
  @NullText() phone?: string | null;
  @NullText() address?: string | null;
  @Time() createdAt?: string;
}

/** An observation of a child. */
export class ObservationViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @Uuid() childId?: string;
  @Time() observedAt?: string;
  @Text() authorName?: string;
  @NullText() area?: string | null;
  @Text() text?: string;
  @Time() createdAt?: string;
}

/** A photo or file's record (never its bytes). */
export class MediaViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @NullUuid() childId?: string | null;
  @Text() filename?: string;
  @Text() contentType?: string;
  @Size() sizeBytes?: number;
  @NullText() caption?: string | null;
  @NullTime() takenAt?: string | null;
  @Time() createdAt?: string;
}

/** One row of customer content, of whichever kind the route names. */
export const CONTENT_ROWS = [ChildViewDto, ObservationViewDto, ParentViewDto, MediaViewDto];
