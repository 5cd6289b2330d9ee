import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AccessRequestsRepository } from '../access/access-requests.repository.js';
import { AccessEventsRepository } from '../audit/access-events.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { Transactions } from '../database/transactions.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { reportText, toRow, type AccessReportRow, type RawAccess } from './access-report.js';
import { TransparencyRepository } from './transparency.repository.js';

const MONTHLY_TASK = 'transparency.monthly';
const ACCESS_ACTIONS = ['content.read', 'content.copy'];

/** The previous calendar month (UTC) of an instant: its name and bounds. */
export function previousMonth(now: Date): { month: string; from: Date; to: Date } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { month: from.toISOString().slice(0, 7), from, to };
}

/**
 * Who accessed a customer's data, when and why: on demand for IT and SMT, and each month to the DPO of every
 * setting accessed in the month before (exactly once per setting and month, whatever the sweeps or replicas).
 */
@Injectable()
export class TransparencyService implements OnModuleInit {
  private readonly logger = new Logger(TransparencyService.name);

  constructor(
    private readonly tx: Transactions,
    private readonly reports: TransparencyRepository,
    private readonly events: AccessEventsRepository,
    private readonly staff: StaffDirectoryRepository,
    private readonly grants: AccessRequestsRepository,
    private readonly cases: CasesRepository,
    private readonly settings: SettingsRepository,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(MONTHLY_TASK, async () => {
      const sent = await this.sendMonthly();
      if (sent > 0) this.logger.log(`monthly access reports: ${sent} sent`);
    });
    // Hourly, so the 1st's reports go early that day and a day the server was down is caught up on the next run.
    this.jobs.schedule(MONTHLY_TASK, '7 * * * *');
  }

  async report(settingId: string, from: Date, to: Date): Promise<AccessReportRow[]> {
    if (!(await this.settings.findById(settingId))) throw CommonError.notFound('setting');
    return this.rows(settingId, from, to);
  }

  private async rows(settingId: string, from: Date, to: Date): Promise<AccessReportRow[]> {
    const events = await this.events.forSetting(settingId, ACCESS_ACTIONS, from, to);
    const distinct = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];
    const people = await this.staff.entries(distinct(events.map((e) => e.actorId)));
    const reasons = await this.grants.reasonsOf(distinct(events.map((e) => e.grantId)));
    const titles = await this.cases.titlesOf(distinct([...reasons.values()].map((r) => r.caseId)));
    return events.map((e) => {
      const who = e.actorId ? people.get(e.actorId) : undefined;
      const why = e.grantId ? reasons.get(e.grantId) : undefined;
      const raw: RawAccess = {
        at: e.at, actor_id: e.actorId, staff_name: who?.name ?? null, roles: who?.roles ?? null, action: e.action, grant_id: e.grantId,
        case_id: why?.caseId ?? null, case_title: (why && titles.get(why.caseId)) ?? null, justification: why?.justification ?? null,
        detail: e.detail as RawAccess['detail'],
      };
      return toRow(raw);
    });
  }

  /** Last month's report to each accessed setting's DPO; returns how many were sent now. */
  async sendMonthly(): Promise<number> {
    const { month, from, to } = previousMonth(this.clock.now());
    const accessed = await this.events.settingsWith(ACCESS_ACTIONS, from, to);
    const reported = await this.reports.reportedAmong(accessed, month);
    let sent = 0;
    for (const settingId of accessed.filter((id) => !reported.has(id))) {
      const rows = await this.rows(settingId, from, to);
      const done = await this.tx.run(async (m) => {
        if (!(await this.reports.claim(settingId, month, rows.length, this.clock.now(), m))) return false;
        const setting = await this.settings.findById(settingId, m);
        if (!setting) throw CommonError.notFound('setting');
        const to = setting.dpoEmail ?? setting.contactEmail;
        if (to) {
          await this.mail.enqueue([{
            to, subject: `${setting.name}: who accessed your records in ${month}`, body: reportText(setting.name, month, rows),
            kind: 'transparency.monthly', idempotencyKey: `transparency:${settingId}:${month}`, settingId,
          }], m);
        }
        await this.audit.record({
          actorId: null, action: 'setting.access_report_sent', subjectType: 'Setting', subjectId: settingId, settingId,
          detail: { month, accesses: rows.length, to },
        }, m);
        return true;
      });
      if (done) sent++;
    }
    return sent;
  }
}
