import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock, HOUR } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import type { ListParams, ListResult } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import { CONFIG, type Config } from '../config/config.js';
import { MailService, type Mail } from '../mail/mail.service.js';
import { SettingContactsRepository } from '../settings/setting-contacts.repository.js';
import type { CreateSubProcessorDto, UpdateSubProcessorDto } from './dto/sub-processor.dto.js';
import type { SubProcessor, SubProcessorStatus } from './sub-processor.entity.js';
import { SUB_PROCESSORS_LIST, SubProcessorsRepository } from './sub-processors.repository.js';

export { SUB_PROCESSORS_LIST };

const NEXT: Record<SubProcessorStatus, SubProcessorStatus[]> = {
  proposed: ['proposed', 'active', 'retired'],
  active: ['active', 'retired'],
  retired: ['retired'],
};

/** What the public list shows of an active sub-processor. */
export const publicView = (s: SubProcessor) => ({
  id: s.id, name: s.name, purpose: s.purpose, location: s.location, dataCategories: s.dataCategories, activeFrom: s.activeFrom,
});

/**
 * The sub-processor register. A new one is proposed, every active setting's DPO is told at once, and it may only
 * start after the notice period, so each controller has time to object (UK GDPR Art. 28(2)).
 */
@Injectable()
export class SubProcessorsService {
  constructor(
    private readonly tx: Transactions,
    private readonly records: SubProcessorsRepository,
    private readonly settings: SettingContactsRepository,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly mail: MailService,
  ) {}

  list(me: Principal, params: ListParams): Promise<ListResult<SubProcessor>> {
    return this.records.list(me, params);
  }

  get(me: Principal, id: string): Promise<SubProcessor> {
    return this.records.get(me, id);
  }

  /** The earliest time a proposed sub-processor may become active. */
  activatableAt(row: Pick<SubProcessor, 'proposedAt'>): Date {
    return new Date(row.proposedAt.getTime() + this.config.subprocessorNoticeDays * 24 * HOUR);
  }

  async propose(me: Principal, dto: CreateSubProcessorDto): Promise<SubProcessor> {
    return this.tx.run(async (m) => {
      const now = this.clock.now();
      const row = await this.records.create(me, { ...dto, status: 'proposed', proposedAt: now, activeFrom: null, retiredAt: null }, m);
      const dpos = await this.settings.activeDpos(m);
      const from = this.activatableAt(row);
      await this.mail.enqueue(dpos.map((s): Mail => ({
        to: s.dpoEmail,
        subject: `Notice of a new sub-processor: ${row.name}`,
        body: [
          `Dear ${s.dpoName ?? 'Data Protection Officer'},`,
          '',
          `As our agreement with ${s.name} requires, we tell you before we add a sub-processor that will process your setting's data:`,
          '',
          `Name: ${row.name}`,
          `Purpose: ${row.purpose}`,
          `Location: ${row.location}`,
          `Data: ${row.dataCategories.join(', ') || 'none named'}`,
          '',
          `It will not start before ${from.toISOString().slice(0, 10)}. If you object, reply to this email before then.`,
        ].join('\n'),
        kind: 'sub_processor.proposed',
        idempotencyKey: `sub-processor-proposed:${row.id}:${s.id}`,
        settingId: s.id,
      })), m);
      await this.audit.record({
        actorId: me.staff.id, action: 'sub_processor.proposed', subjectType: 'SubProcessor', subjectId: row.id, ip: me.ip,
        detail: { name: row.name, notified: dpos.length, activatableAt: from.toISOString() },
      }, m);
      return row;
    });
  }

  async change(me: Principal, id: string, dto: UpdateSubProcessorDto): Promise<SubProcessor> {
    return this.tx.run(async (m) => {
      const current = await this.records.get(me, id, m);
      const changes = withoutReadOnly(dto, ['proposedAt', 'activeFrom', 'retiredAt']) as Partial<SubProcessor>;
      const now = this.clock.now();
      if (changes.status && changes.status !== current.status) {
        if (!NEXT[current.status].includes(changes.status)) {
          throw CommonError.conflict(`a ${current.status} sub-processor cannot become ${changes.status}`);
        }
        if (changes.status === 'active') {
          const from = this.activatableAt(current);
          if (now < from) {
            throw CommonError.conflict(`the notice period runs until ${from.toISOString()}: it cannot become active before (SUBPROCESSOR_NOTICE_DAYS)`);
          }
          changes.activeFrom = now;
        }
        if (changes.status === 'retired') changes.retiredAt = now;
      }
      return this.records.update(me, id, changes, m);
    });
  }

  /** The register as customers see it: active sub-processors only. */
  listActive(): Promise<SubProcessor[]> {
    return this.records.inStatus(['active']);
  }
}
