import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IfPresent, NotBlank, Trimmed } from '../../common/validation.js';
import { CONTENT_KINDS, type ContentKind } from '../../policy/abilities.js';

export class CreateAccessRequestDto {
  @ApiProperty() @IsUUID() settingId!: string;
  @ApiProperty() @IsUUID() caseId!: string;
  @ApiProperty({ description: 'why this access is needed for this case' })
  @Trimmed() @IsString() @NotBlank('justification must say why the access is needed') @MaxLength(2000)
  justification!: string;
  @ApiProperty({ enum: CONTENT_KINDS, isArray: true })
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @IsIn(CONTENT_KINDS, { each: true, message: `each scope must be one of ${CONTENT_KINDS.join(', ')}` })
  scopes!: ContentKind[];
  @ApiPropertyOptional({ description: 'length of the grant; default ACCESS_DEFAULT_MINUTES, at most ACCESS_MAX_MINUTES' })
  @IfPresent() @IsInt() @Min(1)
  minutes?: number;
}

export class DenyAccessRequestDto {
  @ApiProperty() @Trimmed() @IsString() @NotBlank('reason must say why the request is denied') @MaxLength(2000)
  reason!: string;
}

export class RevokeAccessRequestDto {
  @ApiPropertyOptional() @IfPresent() @Trimmed() @IsString() @MaxLength(2000)
  reason?: string;
}

export const CONSENT_DECISIONS = ['grant', 'refuse'] as const;

export class ConsentAnswerDto {
  @ApiProperty({ enum: CONSENT_DECISIONS }) @IsIn(CONSENT_DECISIONS) decision!: (typeof CONSENT_DECISIONS)[number];
  @ApiProperty({ description: 'the name of the person answering for the setting' })
  @Trimmed() @IsString() @NotBlank('name must give the name of the person answering') @MaxLength(200)
  name!: string;
}
