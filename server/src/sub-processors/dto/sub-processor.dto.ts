import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { ReadOnlyFields } from '../../common/read-only-fields.js';
import { IfPresent, NotBlank, Trimmed } from '../../common/validation.js';
import { SUB_PROCESSOR_STATUSES, type SubProcessorStatus } from '../sub-processor.entity.js';

export class CreateSubProcessorDto {
  @ApiProperty({ example: 'Amazon Web Services' }) @Trimmed() @IsString() @NotBlank() @MaxLength(200) name!: string;
  @ApiProperty({ example: 'Hosting' }) @Trimmed() @IsString() @NotBlank() @MaxLength(1000) purpose!: string;
  @ApiProperty({ example: 'United Kingdom (London)' }) @Trimmed() @IsString() @NotBlank() @MaxLength(200) location!: string;
  @ApiProperty({ isArray: true, type: String, example: ['children', 'observations'] })
  @IsArray() @ArrayUnique() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(/\S/, { each: true, message: 'dataCategories must not hold blank entries' }) @MaxLength(100, { each: true })
  dataCategories!: string[];
  @ApiPropertyOptional({ enum: ['proposed'], description: 'a new sub-processor is always proposed first' })
  @IfPresent() @IsIn(['proposed']) status?: 'proposed';
}

export class UpdateSubProcessorDto extends ReadOnlyFields {
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(200) name?: string;
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(1000) purpose?: string;
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @NotBlank() @MaxLength(200) location?: string;
  @ApiPropertyOptional({ isArray: true, type: String })
  @IfPresent() @IsArray() @ArrayUnique() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(/\S/, { each: true, message: 'dataCategories must not hold blank entries' }) @MaxLength(100, { each: true })
  dataCategories?: string[];
  @ApiPropertyOptional({ enum: SUB_PROCESSOR_STATUSES }) @IfPresent() @IsIn(SUB_PROCESSOR_STATUSES) status?: SubProcessorStatus;
  // Kept by the server: when it was proposed, became active, was retired.
  @ApiHideProperty() @Allow() proposedAt?: unknown;
  @ApiHideProperty() @Allow() activeFrom?: unknown;
  @ApiHideProperty() @Allow() retiredAt?: unknown;
}
