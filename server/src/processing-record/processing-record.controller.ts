import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Can } from '../policy/policy.decorators.js';
import { ProcessingRecordService, toMarkdown } from './processing-record.service.js';

@ApiTags('processing-record')
@Controller('processing-record')
export class ProcessingRecordController {
  constructor(private readonly records: ProcessingRecordService) {}

  @Get()
  @Can('read', 'ProcessingRecord')
  @ApiProduces('application/json', 'text/markdown')
  async record(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const record = await this.records.record();
    if (req.accepts(['application/json', 'text/markdown']) === 'text/markdown') {
      res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
      return toMarkdown(record);
    }
    return record;
  }
}
