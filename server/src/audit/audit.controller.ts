import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { Returns } from '../common/api-document.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import type { AuditEvent } from './audit-event.entity.js';
import type { SealHashes } from './audit.repository.js';
import { AUDIT_LIST, AuditService } from './audit.service.js';
import { AuditEventViewDto } from './dto/audit-event-view.dto.js';

export { AUDIT_EXACT_COUNT_CAP } from './audit.repository.js';

function view(e: AuditEvent, seal: SealHashes | undefined) {
  return { ...e, seq: Number(e.seq), createdAt: e.at, hash: seal?.hash ?? null, prevHash: seal?.prevHash ?? null };
}

/** The audit log, read-only for everyone: there is no route that writes it. */
@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ListOf('audit-events', AuditEventViewDto, { spec: AUDIT_LIST })
  @Can('read', 'AuditEvent')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    // Each listed event carries its seal's hashes, read in the page query; the rows are this request's own plain
    // objects, so the view's fields are added in place rather than by copying every event.
    const result = await this.audit.list(me, params);
    for (const e of result.rows) Object.assign(e, { seq: Number(e.seq), createdAt: e.at });
    return result;
  }

  @Get(':id')
  @Can('read', 'AuditEvent')
  @Returns(AuditEventViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    const event = await this.audit.get(me, id);
    const seals = await this.audit.sealsFor([id]);
    return view(event, seals.get(id));
  }
}
