import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'someone@custodian.local' }) @IsString() @MaxLength(320) email!: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: '12-128 characters, upper and lower case and a digit, not a common password' })
  @IsString() @MaxLength(128) password!: string;
}
