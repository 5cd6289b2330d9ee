import { ApiProperty } from '@nestjs/swagger';
import { Id, NullText, NullTime, NullUuid, Text, Time } from '../../common/api-fields.js';

const NullDay = () => ApiProperty({ type: String, format: 'date', nullable: true, required: false });

/** A child in an investigation copy: a code in place of the name. */
export class CopyChildViewDto {
  @Id() id!: string;
  @Text() code?: string;
  @NullDay() dateOfBirth?: string | null;
  @NullText() ageBand?: string | null;
  @NullText() room?: string | null;
  @Text() notes?: string;
  @Time() createdAt?: string;
}

/** A parent in an investigation copy: codes only, no contact details. */
export class CopyParentViewDto {
  @Id() id!: string;
  @Text() code?: string;
  @NullUuid() childId?: string | null;
  @NullText() childCode?: string | null;
  @NullText() relationship?: string | null;
  @Time() createdAt?: string;
}

/** An observation in an investigation copy, its author a code. */
export class CopyObservationViewDto {
  @Id() id!: string;
  @NullUuid() childId?: string | null;
  @NullText() childCode?: string | null;
  @Time() observedAt?: string;
  @Text() authorCode?: string;
  @NullText() area?: string | null;
  @Text() text?: string;
  @Time() createdAt?: string;
}

/** A media record in an investigation copy: its size as a bucket, its name a code. */
export class CopyMediaViewDto {
  @Id() id!: string;
  @Text() code?: string;
  @NullUuid() childId?: string | null;
  @NullText() childCode?: string | null;
  @Text() contentType?: string;
  @Text() sizeBucket?: string;
  @NullTime() takenAt?: string | null;
  @Time() createdAt?: string;
}

/** One row of an investigation copy, of whichever kind the route names. */
export const COPY_ROWS = [CopyChildViewDto, CopyObservationViewDto, CopyParentViewDto, CopyMediaViewDto];
