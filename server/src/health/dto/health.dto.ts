import { ApiProperty } from '@nestjs/swagger';

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: string;
  @ApiProperty({ enum: ['up'] }) db!: string;
}

/** The database does not answer: the error body, with what the health check saw. */
export class HealthDownDto {
  @ApiProperty({ example: 503 }) statusCode!: number;
  @ApiProperty({ enum: ['unavailable'] }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ enum: ['error'] }) status!: string;
  @ApiProperty({ enum: ['down'] }) db!: string;
}
