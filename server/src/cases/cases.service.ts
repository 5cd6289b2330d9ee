import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import type { ListParams, ListResult } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { SettingDirectoryRepository } from '../settings/setting-directory.repository.js';
import { SupportCase } from './case.entity.js';
import { CaseResolved } from './case-resolved.event.js';
import { CasesRepository } from './cases.repository.js';
import type { CreateCaseDto, UpdateCaseDto } from './dto/case.dto.js';

@Injectable()
export class CasesService {
  constructor(
    private readonly records: CasesRepository,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly settings: SettingDirectoryRepository,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  list(me: Principal, params: ListParams): Promise<ListResult<SupportCase>> {
    return this.records.list(me, params);
  }

  get(me: Principal, id: string): Promise<SupportCase> {
    return this.records.get(me, id);
  }

  async createCase(me: Principal, dto: CreateCaseDto): Promise<SupportCase> {
    if (!(await this.settings.exists(dto.settingId))) throw CommonError.badInput('settingId names no setting');
    const status = dto.status ?? 'open';
    return this.records.create(me, {
      settingId: dto.settingId,
      title: dto.title.trim(),
      description: dto.description ?? '',
      status,
      openedById: me.staff.id,
      resolvedAt: status === 'resolved' ? this.clock.now() : null,
    });
  }

  /** Resolving a case tells the listeners of `CaseResolved` (ending its grants, deleting its copies) in the same transaction. */
  async updateCase(me: Principal, id: string, dto: UpdateCaseDto): Promise<SupportCase> {
    return this.tx.run(async (m) => {
      const current = await this.records.get(me, id, m);
      const { settingId, ...changes } = withoutReadOnly(dto, ['incidentId', 'openedById', 'resolvedAt']);
      if (settingId !== undefined && settingId !== current.settingId) throw CommonError.badInput('a case cannot move to another setting');
      const resolving = changes.status === 'resolved' && current.status !== 'resolved';
      const reopening = changes.status !== undefined && changes.status !== 'resolved' && current.status === 'resolved';
      const updated = await this.records.update(me, id, {
        ...(changes as Partial<SupportCase>),
        ...(resolving ? { resolvedAt: this.clock.now() } : {}),
        ...(reopening ? { resolvedAt: null } : {}),
      }, m);
      if (resolving) await this.events.emitAsync(CaseResolved.event, new CaseResolved(updated, m));
      return updated;
    });
  }

  /** Links the case to a critical incident, in the incident's transaction; the incident module has checked both. */
  async linkToIncident(me: Principal, supportCase: SupportCase, incidentId: string, manager: EntityManager): Promise<SupportCase> {
    const linked = await this.records.linkToIncident(supportCase.id, incidentId, manager);
    await this.audit.record({
      actorId: me.staff.id, action: 'case.link_incident', subjectType: 'Case', subjectId: supportCase.id,
      settingId: supportCase.settingId, ip: me.ip, detail: { incidentId },
    }, manager);
    return linked;
  }

  /** Plain lookup for other modules: no policy, no audit. */
  findById(id: string, manager?: EntityManager): Promise<SupportCase | null> {
    return this.records.findById(id, manager);
  }

  /** The cases linked to an incident, as far as the principal may read them. */
  linkedTo(me: Principal, incidentId: string): Promise<SupportCase[]> {
    return this.records.linkedTo(me, incidentId);
  }
}
