import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ProcessingRecordDto } from './dto/processing-record.dto.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Can } from '../policy/policy.decorators.js';
import { ProcessingRecordService, toMarkdown } from './processing-record.service.js';

@ApiTags('processing-record')
@Controller('processing-record')
export class ProcessingRecordController {
  constructor(private readonly records: ProcessingRecordService) {}

  @Get()
  @Can('read', 'ProcessingRecord')
  @ApiExtraModels(ProcessingRecordDto)
  @ApiResponse({
    status: 200, description: 'the record: JSON, or Markdown when the client accepts `text/markdown`',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ProcessingRecordDto) } }, 'text/markdown': { schema: { type: 'string' } } },
  })
  async record(@Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply) {
    const record = await this.records.record();
    if (req.accepts().type(['application/json', 'text/markdown']) === 'text/markdown') {
      res.header('Content-Type', 'text/markdown; charset=utf-8');
      return toMarkdown(record);
    }
    return record;
  }
}
