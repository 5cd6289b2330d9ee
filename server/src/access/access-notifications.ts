import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService, type Mail } from '../mail/mail.service.js';
import { AccessRequest, effectiveStatus, type EndReason } from './access-request.entity.js';

/** How long before a grant ends its developer is told. */
export const ENDING_SOON_MINUTES = 10;
const ENDING_SOON_TASK = 'access.ending_soon';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');

interface Context {
  requester: { id: string; email: string; name: string; active: boolean } | null;
  settingName: string;
  caseTitle: string;
}

const END_WORDS: Record<EndReason, string> = {
  expired: 'its time ran out',
  revoked: 'it was revoked',
  case_resolved: 'its support case was resolved',
  undecided: 'no IT manager decided it within 24 hours',
  consent_refused: 'the customer refused consent',
  credentials_reset: 'your password or two-factor sign-in was reset, which ends every grant you held',
};

/**
 * Who is told what in the access workflow: IT managers of a request waiting for them, the developer of every
 * decision, the customer's answer, the coming end and the end of a grant. Each email is queued in the transaction
 * of the change that causes it, keyed by that cause, so it is sent once.
 */
@Injectable()
export class AccessNotifications implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ENDING_SOON_TASK, ({ requestId }) => this.endingSoon([requestId]).then(() => undefined));
  }

  private link(row: AccessRequest): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/#/access-requests/${row.id}/show`;
  }

  private async context(row: AccessRequest, m: EntityManager): Promise<Context> {
    const [requester] = await m.query('SELECT id, email, name, active FROM staff WHERE id = $1', [row.requesterId]);
    const [setting] = await m.query('SELECT name FROM settings WHERE id = $1', [row.settingId]);
    const [supportCase] = await m.query('SELECT title FROM cases WHERE id = $1', [row.caseId]);
    return { requester: requester ?? null, settingName: setting?.name ?? 'the setting', caseTitle: supportCase?.title ?? 'the case' };
  }

  private async toRequester(row: AccessRequest, m: EntityManager, cause: string, subject: (c: Context) => string, lines: (c: Context) => string[]) {
    const c = await this.context(row, m);
    if (!c.requester?.active) return;
    const mail: Mail = {
      kind: `access.${cause}`, to: c.requester.email, settingId: row.settingId, idempotencyKey: `access:${row.id}:${cause}:staff:${c.requester.id}`,
      subject: subject(c),
      body: [`Dear ${c.requester.name},`, '', ...lines(c), '', `Setting: ${c.settingName}`, `Case: ${c.caseTitle}`, '', this.link(row)].join('\n'),
    };
    await this.mail.enqueue([mail], m);
  }

  /** A new request: every active IT manager but the requester is asked to decide it. */
  async requested(row: AccessRequest, m: EntityManager): Promise<void> {
    const c = await this.context(row, m);
    const managers: { id: string; email: string; name: string }[] = await m.query(
      `SELECT id, email, name FROM staff WHERE active AND 'it_manager' = ANY(roles) AND id <> $1 ORDER BY name, id`, [row.requesterId]);
    await this.mail.enqueue(managers.map((it) => ({
      kind: 'access.requested', to: it.email, settingId: row.settingId, idempotencyKey: `access:${row.id}:requested:staff:${it.id}`,
      subject: `Access request waiting for a decision: ${c.settingName}`,
      body: [
        `Dear ${it.name},`,
        '',
        `${c.requester?.name ?? 'A developer'} asks for access to ${c.settingName} to fix "${c.caseTitle}".`,
        `Content: ${row.scopes.join(', ')}; for ${row.minutes} minutes.`,
        `Why: ${row.justification}`,
        '',
        `Please approve or deny it by ${when(row.respondBy)}; undecided, it lapses then.`,
        this.link(row),
      ].join('\n'),
    })), m);
  }

  async approved(row: AccessRequest, m: EntityManager): Promise<void> {
    const active = row.status === 'active';
    await this.toRequester(row, m, 'approved', (c) => `Access approved: ${c.settingName}`, () => active
      ? [`Your access request was approved. The grant is live now and ends at ${when(row.expiresAt)}.`]
      : ['Your access request was approved by IT. The setting asks for its consent on each request: the grant starts when the customer agrees.']);
    if (active) await this.scheduleEndingSoon(row, m);
  }

  async consentAnswered(row: AccessRequest, m: EntityManager): Promise<void> {
    const granted = row.status === 'active';
    await this.toRequester(row, m, 'consent_answered', (c) => `Customer ${granted ? 'granted' : 'refused'} consent: ${c.settingName}`, () => granted
      ? [`The customer granted consent. Your grant is live now and ends at ${when(row.expiresAt)}.`]
      : ['The customer refused consent: the request is closed and nothing was opened.']);
    if (granted) await this.scheduleEndingSoon(row, m);
  }

  async denied(row: AccessRequest, m: EntityManager): Promise<void> {
    await this.toRequester(row, m, 'denied', (c) => `Access denied: ${c.settingName}`, () => [
      'Your access request was denied.', `Reason: ${row.decisionReason ?? '—'}`,
    ]);
  }

  /** The end of a grant (or of a request still waiting), whatever ended it. */
  async ended(row: AccessRequest, reason: EndReason, wasGrant: boolean, m: EntityManager): Promise<void> {
    await this.toRequester(row, m, 'ended', (c) => `${wasGrant ? 'Access ended' : 'Access request closed'}: ${c.settingName}`, () => [
      `Your ${wasGrant ? 'grant' : 'access request'} has ended: ${END_WORDS[reason]}.`,
      ...(wasGrant ? ['Its content is closed to you, and any investigation copy made under it is deleted.'] : []),
    ]);
  }

  private async scheduleEndingSoon(row: AccessRequest, m: EntityManager): Promise<void> {
    if (!row.expiresAt) return;
    await this.jobs.add(ENDING_SOON_TASK, { requestId: row.id },
      { runAt: new Date(row.expiresAt.getTime() - ENDING_SOON_MINUTES * MINUTE), jobKey: `access:${row.id}:ending-soon`, maxAttempts: 5 }, m);
  }

  /**
   * Tells each developer whose grant ends within ENDING_SOON_MINUTES; the job at that moment and the minutely sweep
   * both call it, and the email's key makes it once.
   */
  async endingSoon(onlyIds?: string[], settingIds?: string[]): Promise<number> {
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const soon = new Date(now.getTime() + ENDING_SOON_MINUTES * MINUTE);
      const qb = m.getRepository(AccessRequest).createQueryBuilder('r')
        .where("r.status = 'active' AND r.expires_at > :now AND r.expires_at <= :soon", { now, soon })
        .andWhere(`NOT EXISTS (SELECT 1 FROM outbox o WHERE o.idempotency_key LIKE 'access:' || r.id || ':ending_soon:%')`);
      if (onlyIds) qb.andWhere('r.id = ANY(:onlyIds)', { onlyIds });
      if (settingIds) qb.andWhere('r.setting_id = ANY(:settingIds)', { settingIds });
      const rows = await qb.limit(500).getMany();
      let n = 0;
      for (const row of rows) {
        if (effectiveStatus(row, now) !== 'active') continue;
        const minutes = Math.max(1, Math.round((row.expiresAt!.getTime() - now.getTime()) / MINUTE));
        await this.toRequester(row, m, 'ending_soon', (c) => `Access ends in ${minutes} min: ${c.settingName}`, () => [
          `Your grant ends at ${when(row.expiresAt)}, in ${minutes} minutes. Save your work; ask again if the case needs more time.`,
        ]);
        n++;
      }
      return n;
    });
  }
}
