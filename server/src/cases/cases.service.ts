import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuditedRecords } from '../database/audited-records.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import type { ListSpec } from '../database/list-query.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import { SettingsService } from '../settings/settings.service.js';
import { SupportCase } from './case.entity.js';
import type { CreateCaseDto, UpdateCaseDto } from './dto/case.dto.js';

export const CASES_LIST: ListSpec = {
  sortable: ['title', 'status', 'createdAt', 'updatedAt', 'resolvedAt'],
  filters: { settingId: 'uuid', status: 'text', incidentId: 'uuid', openedById: 'uuid' },
  search: ['title', 'description'],
  defaultSort: ['createdAt', 'DESC'],
};

/** Runs inside the transaction that resolves a case (ending its grants, deleting investigation copies). */
export type CaseResolvedHook = (supportCase: SupportCase, manager: EntityManager) => Promise<void>;

@Injectable()
export class CasesService extends AuditedRecords<SupportCase> {
  private readonly resolvedHooks: CaseResolvedHook[] = [];

  constructor(
    @InjectDataSource() db: DataSource,
    audit: AuditService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {
    super(db, SupportCase, 'Case', 'case', CASES_LIST, audit);
  }

  onResolved(hook: CaseResolvedHook): void {
    this.resolvedHooks.push(hook);
  }

  async createCase(me: Principal, dto: CreateCaseDto): Promise<SupportCase> {
    if (!(await this.settings.findById(dto.settingId))) throw CommonError.badInput('settingId names no setting');
    const status = dto.status ?? 'open';
    return this.create(me, {
      settingId: dto.settingId,
      title: dto.title.trim(),
      description: dto.description ?? '',
      status,
      openedById: me.staff.id,
      resolvedAt: status === 'resolved' ? this.clock.now() : null,
    });
  }

  async updateCase(me: Principal, id: string, dto: UpdateCaseDto): Promise<SupportCase> {
    return this.db.transaction(async (m) => {
      const current = await this.get(me, id, m);
      const { settingId, ...changes } = withoutReadOnly(dto, ['incidentId', 'openedById', 'resolvedAt']);
      if (settingId !== undefined && settingId !== current.settingId) throw CommonError.badInput('a case cannot move to another setting');
      const resolving = changes.status === 'resolved' && current.status !== 'resolved';
      const reopening = changes.status !== undefined && changes.status !== 'resolved' && current.status === 'resolved';
      const updated = await this.update(me, id, {
        ...(changes as Partial<SupportCase>),
        ...(resolving ? { resolvedAt: this.clock.now() } : {}),
        ...(reopening ? { resolvedAt: null } : {}),
      }, m);
      if (resolving) for (const hook of this.resolvedHooks) await hook(updated, m);
      return updated;
    });
  }

  /** Links the case to a critical incident, in the incident's transaction; the incident module has checked both. */
  async linkToIncident(me: Principal, supportCase: SupportCase, incidentId: string, manager: EntityManager): Promise<SupportCase> {
    await manager.update(SupportCase, { id: supportCase.id }, { incidentId });
    await this.audit.record({
      actorId: me.staff.id, action: 'case.link_incident', subjectType: 'Case', subjectId: supportCase.id,
      settingId: supportCase.settingId, ip: me.ip, detail: { incidentId },
    }, manager);
    return manager.findOneByOrFail(SupportCase, { id: supportCase.id });
  }

  /** Plain lookup for other modules: no policy, no audit. */
  findById(id: string, manager: EntityManager = this.db.manager): Promise<SupportCase | null> {
    return manager.findOneBy(SupportCase, { id });
  }
}
