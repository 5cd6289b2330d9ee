import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiQuery, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { AccessReportRowDto } from './dto/access-report-row.dto.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { IdParam } from '../common/id-param.js';
import { parseListQuery, type ListSpec } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { reportCsv } from './access-report.js';
import { TransparencyService } from './transparency.service.js';

const REPORT_LIST: ListSpec = { sortable: [], filters: {}, search: [], defaultSort: ['at', 'ASC'] };
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function instant(name: string, raw: unknown, fallback: Date): Date {
  if (raw === undefined || raw === '') return fallback;
  const at = typeof raw === 'string' && ISO.test(raw) ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(at.getTime())) throw CommonError.badInput(`${name} must be an ISO-8601 date or time`);
  return at;
}

@ApiTags('transparency')
@Controller('settings/:id/access-report')
export class TransparencyController {
  constructor(private readonly transparency: TransparencyService, private readonly clock: Clock) {}

  /** Every content access to the setting between `from` (default: 30 days ago) and `to` (default: now). */
  @Get()
  @Can('read', 'AccessReport')
  @ApiQuery({ name: 'from', required: false, type: String, format: 'date-time', description: 'default: 30 days before `to`; not after `to`' })
  @ApiQuery({ name: 'to', required: false, type: String, format: 'date-time', description: 'default: now' })
  @ApiExtraModels(AccessReportRowDto)
  @ApiResponse({
    status: 200, description: 'the accesses, oldest first: JSON, or CSV when the client accepts `text/csv`',
    content: {
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(AccessReportRowDto) } } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async report(@Param('id', IdParam) id: string, @Query('from') fromRaw: unknown, @Query('to') toRaw: unknown, @Query('filter') filter: unknown,
    @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply) {
    // The period is the only filter: any other is refused, never ignored.
    if (filter !== undefined) parseListQuery({ filter: typeof filter === 'string' ? filter : '[]' }, REPORT_LIST);
    const to = instant('to', toRaw, this.clock.now());
    const from = instant('from', fromRaw, new Date(to.getTime() - 30 * 86_400_000));
    if (from > to) throw CommonError.badInput('from must not be after to');
    const rows = await this.transparency.report(id, from, to);
    if (req.accepts().type(['application/json', 'text/csv']) === 'text/csv') {
      res.header('Content-Type', 'text/csv; charset=utf-8');
      res.header('Content-Disposition', `attachment; filename="access-report-${id}.csv"`);
      return reportCsv(rows);
    }
    return rows;
  }
}
