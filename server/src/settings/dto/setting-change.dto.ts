import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { NotBlank, Trimmed } from '../../common/validation.js';

export const SETTING_CHANGE_DECISIONS = ['confirm', 'reject'] as const;

export class SettingChangeAnswerDto {
  @ApiProperty({ enum: SETTING_CHANGE_DECISIONS }) @IsIn(SETTING_CHANGE_DECISIONS) decision!: (typeof SETTING_CHANGE_DECISIONS)[number];
  @ApiProperty({ description: 'the name of the person answering for the setting' })
  @Trimmed() @IsString() @NotBlank('name must give the name of the person answering') @MaxLength(200)
  name!: string;
}
