import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Repository } from 'typeorm';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { cappedCount, parseListQuery, runPlainListQuery, sendList, type ListParams, type ListSpec } from '../database/list-query.js';
import { whereAccessible } from '../policy/accessible-where.js';
import { Can } from '../policy/policy.decorators.js';
import { AuditEvent, type AuditSeal } from './audit-event.entity.js';
import { AuditService } from './audit.service.js';
import { AuditEventViewDto } from './dto/audit-event-view.dto.js';
import { Returns } from '../common/api-document.js';

const SPEC: ListSpec = {
  sortable: ['at', 'action', 'subjectType'],
  filters: { actorId: 'uuid', action: 'text', subjectType: 'text', subjectId: 'text', settingId: 'uuid', grantId: 'uuid' },
  search: ['action', 'subjectType', 'subjectId'],
  defaultSort: ['at', 'DESC'],
  tiebreaker: 'seq',
  ranges: { at: 'date' },
};

/** Exact totals up to this many matching events; past it, the planner's estimate (Content-Range still a number). */
export const AUDIT_EXACT_COUNT_CAP = 10_000;

function view(e: AuditEvent, seal: AuditSeal | undefined) {
  return { ...e, seq: Number(e.seq), createdAt: e.at, hash: seal?.hash ?? null, prevHash: seal?.prevHash ?? null };
}

/** The audit log, read-only for everyone: there is no route that writes it. */
@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ListOf('audit-events', AuditEventViewDto, { spec: SPEC })
  @Can('read', 'AuditEvent')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(params, SPEC);
    const qb = whereAccessible(this.events.createQueryBuilder('e'), me.ability, 'read', 'AuditEvent');
    const result = await runPlainListQuery(qb, query, SPEC, cappedCount(AUDIT_EXACT_COUNT_CAP));
    const seals = await this.audit.sealsFor(result.rows.map((r) => r.id));
    return sendList(res, 'audit-events', result, (e) => view(e, seals.get(e.id)));
  }

  @Get(':id')
  @Can('read', 'AuditEvent')
  @Returns(AuditEventViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    const qb = whereAccessible(this.events.createQueryBuilder('e'), me.ability, 'read', 'AuditEvent');
    const event = await qb.andWhere('e.id = :id', { id }).getOne();
    if (!event) throw CommonError.notFound('audit event');
    const seals = await this.audit.sealsFor([id]);
    return view(event, seals.get(id));
  }
}
