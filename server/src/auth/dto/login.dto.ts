import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IfPresent } from '../../common/validation.js';

const SIX_DIGITS = /^\d{6}$/;
const codeMessage = { message: 'code must be the 6 digits the authenticator app shows' };

export class LoginDto {
  @ApiProperty({ example: 'support@custodian.local' })
  @IsString()
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({ description: 'the authenticator app\'s current code, for staff with two-factor sign-in on' })
  @IfPresent()
  @IsString()
  @Matches(SIX_DIGITS, codeMessage)
  code?: string;
}

export class TwoFactorCodeDto {
  @ApiProperty({ description: 'the authenticator app\'s current code', example: '123456' })
  @IsString()
  @Matches(SIX_DIGITS, codeMessage)
  code!: string;
}
