import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { GrantSource } from '../policy/grant-source.js';
import type { Staff } from '../staff/staff.entity.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { CredentialsRepository } from './credentials.repository.js';
import { passwordProblem, PasswordService } from './password.service.js';
import { SessionsService, type SessionEndReason } from './sessions.service.js';
import { hashToken, newToken } from '../common/tokens.js';

/**
 * Nobody sets another person's password: a reset is a single-use link emailed to the person. Sending one, using one,
 * or an admin's two-factor reset ends the person's sessions and live grants at once.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly tx: Transactions,
    private readonly credentials: CredentialsRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordService,
    private readonly grants: GrantSource,
  ) {}

  /** Ends everything a changed credential could still be abused through: sessions and live grants. */
  async endAccess(staffId: string, reason: SessionEndReason, m: EntityManager): Promise<{ sessionsEnded: number; grantsEnded: number }> {
    const sessionsEnded = await this.sessions.endAllFor(staffId, reason, m);
    const grantsEnded = await this.grants.endAllFor(staffId, reason, m);
    return { sessionsEnded, grantsEnded };
  }

  /** Emails a reset link to this staff member (in the caller's transaction); `requestedBy` null when they asked themselves. */
  async send(staff: Pick<Staff, 'id' | 'email' | 'name'>, requestedBy: string | null, ip: string | null, m: EntityManager) {
    const now = this.clock.now();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.config.passwordResetMinutes * MINUTE);
    // One live link per person: a new one closes the older ones.
    await this.credentials.closeResetLinks(staff.id, now, m);
    const row = await this.credentials.insertResetLink({ staffId: staff.id, tokenHash: hashToken(token), requestedBy, createdAt: now, expiresAt }, m);
    const link = `${this.config.publicUrl.replace(/\/$/, '')}/#/password-reset/${token}`;
    await this.mail.enqueue([{
      to: staff.email,
      subject: 'Set a new Custodian password',
      body: [
        `Hello ${staff.name},`,
        '',
        requestedBy ? 'An administrator sent you this link to set a new password.' : 'Someone (we hope you) asked to reset your password.',
        'Your sessions have been signed out and any live access grant has ended.',
        '',
        `Open this link to choose a new password (it works once, for ${this.config.passwordResetMinutes} minutes):`,
        link,
        '',
        'If you did not expect this, tell your IT manager.',
      ].join('\n'),
      kind: 'staff.password_reset', idempotencyKey: `password-reset:${row.id}`, sensitive: true,
    }], m);
    const ended = await this.endAccess(staff.id, 'password_reset', m);
    await this.audit.record({
      actorId: requestedBy, action: 'staff.password_reset_sent', subjectType: 'Staff', subjectId: staff.id, ip,
      detail: { resetId: row.id, expiresAt: expiresAt.toISOString(), selfService: requestedBy === null, ...ended },
    }, m);
    return ended;
  }

  /** The public "forgot password" form: the same answer whatever the email, and a link only to a real, active account. */
  async requestByEmail(email: string, ip: string | null): Promise<void> {
    const staff = await this.credentials.findByEmail(email.trim());
    if (!staff || !staff.active) {
      await this.audit.record({ actorId: null, action: 'auth.password_reset_refused', subjectType: 'Staff', subjectId: staff?.id ?? null, ip, detail: { reason: staff ? 'disabled' : 'unknown_email', email: email.slice(0, 320) } });
      return;
    }
    await this.tx.run((m) => this.send(staff, null, ip, m));
  }

  /** Sets the password through a link: once, before it lapses, and only to one the policy accepts. */
  async complete(token: string, password: string, ip: string | null): Promise<void> {
    await this.tx.run(async (m) => {
      const reset = token.length <= 200
        ? await this.credentials.findResetLink(hashToken(token), m)
        : null;
      if (!reset) throw new AuthError(AuthErrorCode.ResetLinkUnknown, 'this reset link is not known');
      const now = this.clock.now();
      if (reset.usedAt || reset.expiresAt <= now) throw new AuthError(AuthErrorCode.ResetLinkClosed, 'this reset link was already used or has lapsed: ask for a new one');
      const staff = await this.credentials.findStaff(reset.staffId, m);
      if (!staff.active) throw new AuthError(AuthErrorCode.ResetLinkClosed, 'this account is disabled');
      const problem = passwordProblem(password, [staff.email, staff.name, ...staff.name.split(/\s+/)]);
      if (problem) throw new AuthError(AuthErrorCode.WeakPassword, problem);
      await this.credentials.markResetLinkUsed(reset.id, now, m);
      await this.credentials.setPasswordHash(staff.id, await this.passwords.hash(password), m);
      const ended = await this.endAccess(staff.id, 'password_reset', m);
      await this.audit.record({ actorId: staff.id, action: 'staff.password_set_by_link', subjectType: 'Staff', subjectId: staff.id, ip, detail: { resetId: reset.id, ...ended } }, m);
    });
  }
}
