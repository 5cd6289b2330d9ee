import { ApiProperty } from '@nestjs/swagger';
import { NullText, NullUuid } from '../../common/api-fields.js';

/** One content access to a setting, as its DPO is told of it. */
export class AccessReportRowDto {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @NullUuid() staffId?: string | null;
  @NullText() staffName?: string | null;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ enum: ['read', 'investigation_copy'] }) action!: string;
  @NullUuid() grantId?: string | null;
  @NullUuid() caseId?: string | null;
  @NullText() caseTitle?: string | null;
  @NullText() justification?: string | null;
  @ApiProperty({ type: [String] }) kinds!: string[];
  @ApiProperty({ type: 'integer' }) recordCount!: number;
}
