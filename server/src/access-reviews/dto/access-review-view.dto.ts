import { ApiProperty } from '@nestjs/swagger';
import { Id, NullTime, NullUuid, Time, Text, Uuid } from '../../common/api-fields.js';
import { REVIEW_DECISIONS } from '../access-review.entity.js';

export class ReviewEntryViewDto {
  @ApiProperty({ type: String, format: 'uuid' }) staffId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt!: string | null;
  @ApiProperty({ enum: [...REVIEW_DECISIONS] }) decision!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class AccessReviewViewDto {
  @Id() id!: string;
  @Text() term?: string;
  @Uuid() reviewerId?: string;
  @ApiProperty({ type: [ReviewEntryViewDto], required: false }) entries?: ReviewEntryViewDto[];
  @Time() completedAt?: string;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}

/** The current school term and whether its access review is done. */
export class AccessReviewDueDto {
  @ApiProperty({ example: '2026-autumn' }) term!: string;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt!: string;
  @ApiProperty() done!: boolean;
  @NullUuid() reviewId?: string | null;
  @NullTime() completedAt?: string | null;
}

/** One active member of staff, for the termly review. */
export class RosterEntryDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty() active!: boolean;
  @NullTime() lastSignInAt?: string | null;
  @NullTime() trainingCompletedAt?: string | null;
}
