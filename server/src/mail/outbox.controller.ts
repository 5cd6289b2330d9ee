import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { sendList, type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { OutboxService } from './outbox.service.js';

/** What the product has sent, or is about to: read-only. */
@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @Can('read', 'Outbox')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendList(res, 'outbox', await this.outbox.list(me, params));
  }

  @Get(':id')
  @Can('read', 'Outbox')
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.outbox.get(me, id);
  }
}
