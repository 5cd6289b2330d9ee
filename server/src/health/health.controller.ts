import { Controller, Get, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { ErrorCode } from '../common/error-codes.js';
import { Public } from '../policy/policy.decorators.js';
import { HealthDownDto, HealthDto } from './dto/health.dto.js';
import { Returns } from '../common/api-document.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @Returns(HealthDto)
  @ApiResponse({ status: 503, type: HealthDownDto, description: 'the database does not answer' })
  async check(@Res({ passthrough: true }) res: FastifyReply) {
    try {
      await this.health.check([() => this.database.pingCheck('db', { timeout: 2000 })]);
      return { status: 'ok', db: 'up' };
    } catch {
      res.status(503);
      return { statusCode: 503, code: ErrorCode.Unavailable, status: 'error', db: 'down', message: 'the database does not answer' };
    }
  }
}
