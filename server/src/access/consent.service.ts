import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import type { Setting } from '../settings/setting.entity.js';
import { SettingsService } from '../settings/settings.service.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { effectiveStatus, type AccessRequest } from './access-request.entity.js';
import { AccessNotifications } from './access-notifications.js';
import { AccessRequestsRepository } from './access-requests.repository.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import type { ConsentAnswerDto } from './dto/access-request.dto.js';
import { hashToken, newToken } from '../common/tokens.js';

const KIND_LABEL = { children: "children's records", observations: 'observations', parents: "parents' details", media: 'photos and media (details only)' } as const;

export type ConsentLinkState = 'open' | 'answered' | 'closed';

/**
 * The customer's part: a single-use link to the setting's DPO, who has no login. Only the token's hash is stored;
 * the link works once and lapses with the request.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly tx: Transactions,
    private readonly requests: AccessRequestsRepository,
    private readonly staff: StaffDirectoryRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly cases: CasesService,
    private readonly notify: AccessNotifications,
  ) {}

  /** The address consent is asked of: the DPO, or the setting's office when it names no DPO. */
  static addressOf(setting: Setting): string | null {
    return setting.dpoEmail ?? setting.contactEmail ?? null;
  }

  /** Makes the link and queues the email to the DPO in the approval's transaction; returns the address. */
  async ask(request: AccessRequest, setting: Setting, approver: Principal, m: EntityManager): Promise<string> {
    const to = request.consentDpoEmail ?? ConsentService.addressOf(setting);
    if (!to) throw new AccessError(AccessErrorCode.NoConsentAddress, 'the setting has no DPO or contact email to ask for consent');
    const token = newToken();
    await this.requests.addConsentToken({ requestId: request.id, tokenHash: hashToken(token), sentTo: to, expiresAt: request.respondBy!, createdAt: this.clock.now() }, m);
    const requester = await this.staff.contact(request.requesterId, m);
    const supportCase = await this.cases.findById(request.caseId, m);
    const link = `${this.config.publicUrl.replace(/\/$/, '')}/#/consent/${token}`;
    const body = [
      `Dear ${setting.dpoName ?? 'Data Protection Officer'},`,
      '',
      `To fix a support case for ${setting.name} ("${supportCase?.title ?? 'support case'}"), ${requester?.name ?? 'one of our developers'} asks to see some of the records your setting keeps with us.`,
      '',
      `What: ${request.scopes.map((k) => KIND_LABEL[k]).join(', ')}`,
      `For how long: ${request.minutes} minutes from your consent, read-only`,
      `Why: ${request.justification}`,
      `Approved on our side by: ${approver.staff.name}`,
      '',
      'Nothing is opened until you agree. Every record read under this access is logged, and you can ask us for that log.',
      `To grant or refuse, open this link (it works once, until ${request.respondBy!.toISOString().replace('T', ' ').slice(0, 16)} UTC):`,
      link,
    ].join('\n');
    await this.mail.enqueue([{
      to, subject: `Consent requested: access to ${setting.name} records`, body, kind: 'access.consent', idempotencyKey: `access-consent:${request.id}`, settingId: setting.id,
      sensitive: true,
    }], m);
    return to;
  }

  private async find(token: string, m: EntityManager, lock: boolean) {
    const link = token.length <= 200 ? await this.requests.findConsentToken(hashToken(token), m, lock) : null;
    if (!link) throw new AccessError(AccessErrorCode.ConsentLinkUnknown, 'this consent link is not known');
    return { link, request: await this.requests.forConsent(link.requestId, m, lock) };
  }

  /** What the DPO is asked to agree to, for the consent page. */
  async describe(token: string) {
    const { link, request } = await this.find(token, this.tx.manager, false);
    const now = this.clock.now();
    const state: ConsentLinkState = link.usedAt ? 'answered' : effectiveStatus(request, now) === 'awaiting_consent' ? 'open' : 'closed';
    const [setting, requester, supportCase] = await Promise.all([
      this.settings.findById(request.settingId),
      this.staff.contact(request.requesterId),
      this.cases.findById(request.caseId),
    ]);
    return {
      state,
      settingName: setting?.name ?? null,
      requesterName: requester?.name ?? null,
      caseTitle: supportCase?.title ?? null,
      justification: request.justification,
      scopes: request.scopes,
      minutes: request.minutes,
      respondBy: link.expiresAt,
      consent: { status: request.consentStatus, by: request.consentBy, at: request.consentAt },
    };
  }

  /** The DPO's answer: grant starts the grant now; refuse closes the request. Either way the link is spent. */
  async answer(token: string, dto: ConsentAnswerDto, ip: string | null) {
    return this.tx.run(async (m) => {
      const { link, request } = await this.find(token, m, true);
      if (link.usedAt) throw new AccessError(AccessErrorCode.ConsentLinkUsed, 'this consent link has already been used');
      const now = this.clock.now();
      const status = effectiveStatus(request, now);
      if (status !== 'awaiting_consent' || link.expiresAt <= now) {
        throw new AccessError(AccessErrorCode.ConsentLinkExpired, `this consent request is closed (${status}): nothing was changed`);
      }
      await this.requests.spendConsentToken(link.id, now, m);
      const consent = { consentBy: dto.name, consentAt: now, consentMethod: 'email_link' as const };
      const base = { actorId: null, subjectType: 'AccessRequest', subjectId: request.id, settingId: request.settingId, grantId: request.id, ip };
      if (dto.decision === 'grant') {
        const expiresAt = new Date(now.getTime() + request.minutes * MINUTE);
        await this.requests.change(request.id, { ...consent, consentStatus: 'granted', status: 'active', respondBy: null, startsAt: now, expiresAt, updatedAt: now }, m);
        await this.audit.recordMany([
          { ...base, action: 'access.consent_granted', detail: { name: dto.name, sentTo: link.sentTo } },
          { ...base, action: 'access.grant_started', detail: { scopes: request.scopes, startsAt: now.toISOString(), expiresAt: expiresAt.toISOString() } },
        ], m);
      } else {
        await this.requests.change(request.id, {
          ...consent, consentStatus: 'refused', status: 'denied', respondBy: null, endedAt: now, endReason: 'consent_refused', updatedAt: now,
        }, m);
        await this.audit.record({ ...base, action: 'access.consent_refused', detail: { name: dto.name, sentTo: link.sentTo } }, m);
      }
      const after = await this.requests.byId(request.id, m);
      await this.notify.consentAnswered(after, m);
      return {
        decision: dto.decision,
        status: after.status,
        startsAt: after.startsAt,
        expiresAt: after.expiresAt,
        consent: { status: after.consentStatus, by: after.consentBy, method: after.consentMethod, at: after.consentAt },
      };
    });
  }
}
