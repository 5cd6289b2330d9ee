import { ApiProperty } from '@nestjs/swagger';
import { NullText, NullTime } from '../../common/api-fields.js';

export class ProcessorRoleDto {
  @ApiProperty({ enum: ['processor'] }) role!: string;
  @ApiProperty() article!: string;
}

/** A setting for which we process as a processor. */
export class ControllerEntryDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @NullText() icoNumber?: string | null;
  @NullText() dpoName?: string | null;
  @NullText() dpoEmail?: string | null;
  @ApiProperty() subscriptionStatus!: string;
}

export class ProcessingCategoryDto {
  @ApiProperty() name!: string;
  @ApiProperty() detail!: string;
}

export class SubProcessorEntryDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ type: [String] }) dataCategories!: string[];
  @ApiProperty() status!: string;
  @NullTime() activeFrom?: string | null;
}

export class TransferEntryDto {
  @ApiProperty() recipient!: string;
  @ApiProperty() location!: string;
  @ApiProperty() safeguard!: string;
}

/** The record of processing activities (UK GDPR Art. 30(2)). */
export class ProcessingRecordDto {
  @ApiProperty({ type: String, format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: ProcessorRoleDto }) processor!: ProcessorRoleDto;
  @ApiProperty({ type: [ControllerEntryDto] }) controllers!: ControllerEntryDto[];
  @ApiProperty({ type: [ProcessingCategoryDto] }) categoriesOfProcessing!: ProcessingCategoryDto[];
  @ApiProperty({ type: [SubProcessorEntryDto] }) subProcessors!: SubProcessorEntryDto[];
  @ApiProperty({ type: [TransferEntryDto] }) transfers!: TransferEntryDto[];
  @ApiProperty({ type: [String] }) securityMeasures!: string[];
}
