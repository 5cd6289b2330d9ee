import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { Returns } from '../common/api-document.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import type { ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { OutboxMessageViewDto } from './dto/outbox-view.dto.js';
import { OUTBOX_LIST, OutboxService } from './outbox.service.js';

/** What the product has sent, or is about to: read-only. */
@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @ListOf('outbox', OutboxMessageViewDto, { spec: OUTBOX_LIST })
  @Can('read', 'Outbox')
  list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return this.outbox.list(me, params);
  }

  @Get(':id')
  @Can('read', 'Outbox')
  @Returns(OutboxMessageViewDto)
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.outbox.get(me, id);
  }
}
