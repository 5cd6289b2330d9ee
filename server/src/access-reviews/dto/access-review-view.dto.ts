import { ApiProperty } from '@nestjs/swagger';
import { Id, Time, Text, Uuid } from '../../common/api-fields.js';
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
