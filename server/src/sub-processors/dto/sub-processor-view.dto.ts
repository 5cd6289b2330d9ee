import { Id, NullTime, OneOf, Text, TextList, Time } from '../../common/api-fields.js';
import { SUB_PROCESSOR_STATUSES } from '../sub-processor.entity.js';

export class SubProcessorViewDto {
  @Id() id!: string;
  @Text() name?: string;
  @Text() purpose?: string;
  @Text() location?: string;
  @TextList() dataCategories?: string[];
  @OneOf(SUB_PROCESSOR_STATUSES) status?: string;
  @Time() proposedAt?: string;
  @NullTime() activeFrom?: string | null;
  @NullTime() retiredAt?: string | null;
  @Time() createdAt?: string;
  @Time() updatedAt?: string;
}
