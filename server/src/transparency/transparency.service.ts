import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { Setting } from '../settings/setting.entity.js';
import { reportText, toRow, type AccessReportRow, type RawAccess } from './access-report.js';

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
    @InjectDataSource() private readonly db: DataSource,
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
    if (!(await this.db.getRepository(Setting).existsBy({ id: settingId }))) throw CommonError.notFound('setting');
    return this.rows(settingId, from, to);
  }

  private async rows(settingId: string, from: Date, to: Date): Promise<AccessReportRow[]> {
    const raw: RawAccess[] = await this.db.query(
      `SELECT e.at, e.actor_id, s.name AS staff_name, s.roles, e.action, e.grant_id, r.case_id, c.title AS case_title, r.justification, e.detail
         FROM audit_events e
         LEFT JOIN staff s ON s.id = e.actor_id
         LEFT JOIN access_requests r ON r.id = e.grant_id
         LEFT JOIN cases c ON c.id = r.case_id
        WHERE e.setting_id = $1 AND e.action = ANY($2::text[]) AND e.at >= $3 AND e.at < $4
        ORDER BY e.at, e.seq`,
      [settingId, ACCESS_ACTIONS, from, to],
    );
    return raw.map(toRow);
  }

  /** Last month's report to each accessed setting's DPO; returns how many were sent now. */
  async sendMonthly(): Promise<number> {
    const { month, from, to } = previousMonth(this.clock.now());
    const accessed: { setting_id: string }[] = await this.db.query(
      `SELECT DISTINCT e.setting_id FROM audit_events e
        WHERE e.action = ANY($1::text[]) AND e.at >= $2 AND e.at < $3 AND e.setting_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM transparency_reports t WHERE t.setting_id = e.setting_id AND t.month = $4)`,
      [ACCESS_ACTIONS, from, to, month],
    );
    let sent = 0;
    for (const { setting_id: settingId } of accessed) {
      const rows = await this.rows(settingId, from, to);
      const done = await this.db.transaction(async (m) => {
        const claimed = await m.query(
          'INSERT INTO transparency_reports (setting_id, month, accesses, sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING month',
          [settingId, month, rows.length, this.clock.now()],
        );
        if (claimed.length === 0) return false;
        const setting = await m.findOneByOrFail(Setting, { id: settingId });
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
