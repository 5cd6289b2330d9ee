import { subject as asSubject } from '@casl/ability';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Repository } from 'typeorm';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { parseListQuery, runListQuery, sendList, type ListParams, type ListSpec } from '../database/list-query.js';
import { whereAccessible } from '../policy/accessible-where.js';
import { Can } from '../policy/policy.decorators.js';
import { OutboxMessage, readable } from './outbox.entity.js';
import { OutboxMessageViewDto } from './dto/outbox-view.dto.js';
import { Returns } from '../common/api-document.js';

const SPEC: ListSpec = {
  sortable: ['createdAt', 'sentAt', 'status', 'to', 'kind'],
  filters: { status: 'text', kind: 'text', incidentId: 'uuid', settingId: 'uuid', to: 'text' },
  search: ['to', 'subject'],
  defaultSort: ['createdAt', 'DESC'],
};

/** What the product has sent, or is about to: read-only. */
@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(@InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>) {}

  @Get()
  @ListOf('outbox', OutboxMessageViewDto)
  @Can('read', 'Outbox')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(params, SPEC);
    const qb = whereAccessible(this.outbox.createQueryBuilder('o'), me.ability, 'read', 'Outbox');
    return sendList(res, 'outbox', await runListQuery(qb, query, SPEC), (r) => this.shown(me, r));
  }

  @Get(':id')
  @Can('read', 'Outbox')
  @Returns(OutboxMessageViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    const row = await whereAccessible(this.outbox.createQueryBuilder('o'), me.ability, 'read', 'Outbox').andWhere('o.id = :id', { id }).getOne();
    if (!row) throw CommonError.notFound('message');
    return this.shown(me, row);
  }

  /** Only the fields the caller's rule allows: a delivery record for some, the whole message for others. */
  private shown(me: Principal, row: OutboxMessage) {
    const visible = readable(row);
    if (me.ability.can('read', asSubject('Outbox', { ...row }) as never, 'body')) return visible;
    return Object.fromEntries(Object.entries(visible).filter(([k]) => me.ability.can('read', asSubject('Outbox', { ...row }) as never, k)));
  }
}
