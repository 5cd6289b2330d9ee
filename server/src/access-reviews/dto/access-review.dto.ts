import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IfValue } from '../../common/validation.js';
import { REVIEW_DECISIONS, type ReviewDecision } from '../access-review.entity.js';
import { TERM_PATTERN } from '../school-term.js';

export class ReviewEntryDto {
  @ApiProperty() @IsUUID() staffId!: string;
  @ApiProperty({ enum: REVIEW_DECISIONS }) @IsIn(REVIEW_DECISIONS) decision!: ReviewDecision;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'why; for a change, what should change' }) @IfValue() @IsString() @MaxLength(1000) note?: string | null;
  // The roles held are recorded by the server from the staff record; a client may send back what it was shown.
  @ApiPropertyOptional({ isArray: true, type: String, description: 'ignored: the server records the roles held' }) @Allow() roles?: unknown;
}

export class CreateAccessReviewDto {
  @ApiProperty({ example: '2026-autumn' }) @IsString() @Matches(TERM_PATTERN, { message: 'term must look like 2026-autumn, 2027-spring or 2027-summer' }) term!: string;
  @ApiProperty({ type: [ReviewEntryDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10_000) @ValidateNested({ each: true }) @Type(() => ReviewEntryDto)
  entries!: ReviewEntryDto[];
}
