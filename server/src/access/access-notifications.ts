import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasesService } from '../cases/cases.service.js';
import { Clock, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService, type Mail } from '../mail/mail.service.js';
import { OutboxRepository } from '../mail/outbox.repository.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { AccessRequest, effectiveStatus, type EndReason } from './access-request.entity.js';
import { AccessRequestsRepository } from './access-requests.repository.js';

/** How long before a grant ends its developer is told. */
export const ENDING_SOON_MINUTES = 10;
const ENDING_SOON_TASK = 'access.ending_soon';

/** The start of every ending-soon email's key for a grant (one per developer told). */
const endingSoonKey = (requestId: string) => `access:${requestId}:ending_soon:`;

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
    private readonly tx: Transactions,
    private readonly requests: AccessRequestsRepository,
    private readonly staff: StaffDirectoryRepository,
    private readonly settings: SettingsRepository,
    private readonly cases: CasesService,
    private readonly outbox: OutboxRepository,
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
    const requester = await this.staff.contact(row.requesterId, m);
    const setting = await this.settings.findById(row.settingId, m);
    const supportCase = await this.cases.findById(row.caseId, m);
    return { requester, settingName: setting?.name ?? 'the setting', caseTitle: supportCase?.title ?? 'the case' };
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
    const managers = await this.staff.withRole('it_manager', m, row.requesterId);
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
    return this.tx.run(async (m) => {
      const now = this.clock.now();
      const soon = new Date(now.getTime() + ENDING_SOON_MINUTES * MINUTE);
      const ending = await this.requests.endingBetween(now, soon, m, onlyIds, settingIds);
      const told = await this.outbox.queuedPrefixes(ending.map((r) => endingSoonKey(r.id)), m);
      let n = 0;
      for (const row of ending) {
        if (told.has(endingSoonKey(row.id)) || effectiveStatus(row, now) !== 'active') continue;
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
