import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { addCalendarMonths } from '../common/calendar.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, type ListParams, type ListResult } from '../database/list-query.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { Transactions } from '../database/transactions.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import type { CreateSubjectRequestDto, UpdateSubjectRequestDto } from './dto/subject-request.dto.js';
import type { SubjectRequest } from './subject-request.entity.js';
import { SUBJECT_REQUESTS_LIST, SubjectRequestsRepository } from './subject-requests.repository.js';

export { SUBJECT_REQUESTS_LIST };

const OVERDUE_TASK = 'subject_requests.overdue';

/**
 * Data-subject requests a controller forwards to us, each with its one-month clock. Late ones are flagged in every
 * view (computed from the clock) and SMT is emailed once per request.
 */
@Injectable()
export class SubjectRequestsService implements OnModuleInit {
  private readonly logger = new Logger(SubjectRequestsService.name);

  constructor(
    private readonly tx: Transactions,
    private readonly records: SubjectRequestsRepository,
    private readonly settings: SettingsRepository,
    private readonly staff: StaffDirectoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(OVERDUE_TASK, async () => {
      const n = await this.notifyOverdue();
      if (n > 0) this.logger.log(`subject requests: ${n} overdue notice(s) to SMT`);
    });
    this.jobs.schedule(OVERDUE_TASK, '*/15 * * * *');
  }

  view(r: SubjectRequest) {
    return { ...r, overdue: r.status === 'open' && r.dueAt <= this.clock.now() };
  }

  list(me: Principal, params: ListParams): Promise<ListResult<SubjectRequest>> {
    const query = parseListQuery(params, SUBJECT_REQUESTS_LIST);
    const { overdue, ...filter } = query.filter;
    return this.records.listAsOf(me, { ...query, filter }, SUBJECT_REQUESTS_LIST, overdue as boolean | undefined, this.clock.now());
  }

  get(me: Principal, id: string): Promise<SubjectRequest> {
    return this.records.get(me, id);
  }

  private receivedAt(raw: string | undefined): Date {
    const now = this.clock.now();
    if (raw === undefined) return now;
    const at = new Date(raw);
    if (at > now) throw CommonError.badInput('receivedAt must not be in the future');
    return at;
  }

  async log(me: Principal, dto: CreateSubjectRequestDto): Promise<SubjectRequest> {
    if (!(await this.settings.findById(dto.settingId))) throw CommonError.badInput('settingId names no setting');
    const receivedAt = this.receivedAt(dto.receivedAt);
    return this.records.create(me, {
      settingId: dto.settingId, kind: dto.kind, receivedAt, dueAt: addCalendarMonths(receivedAt, 1), status: 'open',
      notes: dto.notes ?? '', loggedById: me.staff.id, completedAt: null, overdueNotifiedAt: null,
    });
  }

  async change(me: Principal, id: string, dto: UpdateSubjectRequestDto): Promise<SubjectRequest> {
    const current = await this.get(me, id);
    if (dto.settingId !== undefined && dto.settingId !== current.settingId) throw CommonError.badInput('a subject request stays with its setting');
    const { settingId: _s, receivedAt, ...rest } = withoutReadOnly(dto, ['dueAt', 'completedAt', 'overdueNotifiedAt', 'loggedById', 'overdue']);
    const changes: Partial<SubjectRequest> = { ...(rest as Partial<SubjectRequest>) };
    const received = receivedAt === undefined ? undefined : this.receivedAt(receivedAt);
    // A record sent back unchanged keeps its deadline; a corrected receipt date moves it.
    if (received && received.getTime() !== current.receivedAt.getTime()) {
      changes.receivedAt = received;
      changes.dueAt = addCalendarMonths(received, 1);
    }
    if (changes.status && changes.status !== current.status) changes.completedAt = changes.status === 'done' ? this.clock.now() : null;
    return this.records.update(me, id, changes);
  }

  /** Tells SMT of each open request past its month, once per request. */
  async notifyOverdue(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    for (const id of await this.records.dueNotice(now)) {
      const done = await this.tx.run(async (m) => {
        const r = await this.records.claimNotice(id, now, m);
        if (!r) return false;
        const setting = await this.settings.findById(r.settingId, m);
        const smt = await this.staff.withRole('smt', m);
        await this.mail.enqueue(smt.map((s) => ({
          to: s.email,
          subject: `Overdue: ${r.kind} request for ${setting?.name ?? 'a setting'} was due ${r.dueAt.toISOString().slice(0, 10)}`,
          body: [
            `A data subject's ${r.kind} request forwarded by ${setting?.name ?? 'a setting'} is past its one-month deadline.`,
            '',
            `Received: ${r.receivedAt.toISOString().slice(0, 10)}`,
            `Due: ${r.dueAt.toISOString().slice(0, 10)}`,
            `Notes: ${r.notes || '-'}`,
            '',
            'The controller must answer the person without further delay; please see that our part is done today.',
          ].join('\n'),
          kind: 'subject_request.overdue', idempotencyKey: `subject-request-overdue:${r.id}:${s.id}`, settingId: r.settingId,
        })), m);
        await this.audit.record({
          actorId: null, action: 'subject_request.overdue', subjectType: 'SubjectRequest', subjectId: r.id, settingId: r.settingId,
          detail: { dueAt: r.dueAt.toISOString(), notified: smt.length },
        }, m);
        return true;
      });
      if (done) sent++;
    }
    return sent;
  }
}
