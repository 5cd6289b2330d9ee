import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { Clock, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { defineAbilityFor } from '../policy/abilities.js';
import { GrantSource } from '../policy/grant-source.js';
import type { Staff } from '../staff/staff.entity.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { CredentialsRepository } from './credentials.repository.js';
import { PasswordService } from './password.service.js';
import type { Principal } from './principal.js';
import { SessionsService } from './sessions.service.js';
import { TwoFactorService } from './two-factor.service.js';

const BAD_CREDENTIALS = 'email or password is wrong';

@Injectable()
export class AuthService {
  constructor(
    private readonly tx: Transactions,
    private readonly credentials: CredentialsRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly grants: GrantSource,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async login(email: string, password: string, ip: string | null, userAgent: string | null, code?: string) {
    const staff = await this.credentials.findWithPasswordHash(email);
    const now = this.clock.now();
    const fail = async (action: string, detail: Record<string, unknown>) => {
      await this.audit.record({ actorId: staff?.id ?? null, action, subjectType: 'Staff', subjectId: staff?.id ?? null, ip, detail });
    };
    if (staff?.lockedUntil && staff.lockedUntil > now) {
      await fail('auth.login_refused', { reason: 'locked', email });
      throw new AuthError(AuthErrorCode.Locked, `account locked until ${staff.lockedUntil.toISOString()}`);
    }
    const ok = await this.passwords.verify(staff?.passwordHash, password);
    if (!staff || !staff.active || !ok) {
      if (staff && !ok) await this.countFailure(staff, now, ip, 'wrong_password');
      else await fail('auth.login_failed', { email, reason: staff ? 'disabled' : 'unknown_email' });
      throw new AuthError(AuthErrorCode.BadCredentials, BAD_CREDENTIALS);
    }
    if (staff.mfaEnabled && code === undefined) {
      await this.audit.record({ actorId: staff.id, action: 'auth.two_factor_required', subjectType: 'Staff', subjectId: staff.id, ip, detail: { reason: 'two_factor_required' } });
      throw new AuthError(AuthErrorCode.TwoFactorRequired, 'enter the 6-digit code from your authenticator app');
    }
    const signIn = this.tx.run(async (m) => {
      if (staff.mfaEnabled && !(await this.twoFactor.consume(staff, code!, m))) {
        throw new AuthError(AuthErrorCode.TwoFactorWrong, 'the one-time code is wrong or was already used');
      }
      await this.credentials.setLock(staff.id, null, m);
      const { token, session } = await this.sessions.start(staff.id, ip, userAgent, m);
      const mfaSetupRequired = this.mfaSetupRequired(staff);
      await this.audit.record({ actorId: staff.id, action: 'auth.login', subjectType: 'Session', subjectId: session.id, ip, detail: mfaSetupRequired ? { mfaSetupRequired } : {} }, m);
      const { passwordHash: _omit, ...user } = staff;
      return { token, expiresAt: session.expiresAt, user: this.userView(user as Staff) };
    });
    // A wrong second factor is a failed attempt like a wrong password, so guessing codes locks the account too.
    return signIn.catch(async (e: unknown) => {
      if (e instanceof AuthError && e.code === AuthErrorCode.TwoFactorWrong) await this.countFailure(staff, now, ip, 'wrong_code');
      throw e;
    });
  }

  /** One more failed attempt in a row; at the limit the account locks for LOCKOUT_MINUTES. */
  private async countFailure(staff: Staff, now: Date, ip: string | null, reason: 'wrong_password' | 'wrong_code'): Promise<void> {
    await this.tx.run(async (m) => {
      const attempts = await this.credentials.countFailure(staff.id, m);
      await this.audit.record({ actorId: staff.id, action: 'auth.login_failed', subjectType: 'Staff', subjectId: staff.id, ip, detail: { reason, attempts } }, m);
      if (attempts >= this.config.loginMaxAttempts) {
        const lockedUntil = new Date(now.getTime() + this.config.lockoutMinutes * MINUTE);
        await this.credentials.setLock(staff.id, lockedUntil, m);
        await this.audit.record({ actorId: staff.id, action: 'auth.locked', subjectType: 'Staff', subjectId: staff.id, ip, detail: { lockedUntil: lockedUntil.toISOString(), attempts } }, m);
      }
    });
  }

  async logout(principal: Principal): Promise<void> {
    await this.tx.run(async (m) => {
      await this.sessions.end(principal.sessionId, 'logout', undefined, m);
      await this.audit.record({ actorId: principal.staff.id, action: 'auth.logout', subjectType: 'Session', subjectId: principal.sessionId, ip: principal.ip }, m);
    });
  }

  /** The principal behind a session token, with the ability built from the one policy; null when not signed in. */
  async principalFor(token: string, ip: string | null, background = false): Promise<Principal | null> {
    const session = await this.sessions.resume(token, background);
    if (!session) return null;
    const { staff } = session;
    if (!staff.active) return null;
    const grants = staff.roles.includes('developer') ? await this.grants.liveGrantsFor(staff.id, this.clock.now()) : [];
    const ability = defineAbilityFor({ id: staff.id, roles: staff.roles, grants });
    return { staff, sessionId: session.id, grants, ability, ip, mfaSetupRequired: this.mfaSetupRequired(staff) };
  }

  /** Holds a role of MFA_REQUIRED_ROLES without two-factor sign-in set up. */
  mfaSetupRequired(staff: Pick<Staff, 'roles' | 'mfaEnabled'>): boolean {
    return !staff.mfaEnabled && staff.roles.some((r) => this.config.mfaRequiredRoles.includes(r));
  }

  /** A sign-in the login route refused before reaching the service (bad input, too many attempts). */
  async refused(email: unknown, ip: string | null, reason: string): Promise<void> {
    const text = typeof email === 'string' ? email.slice(0, 320) : null;
    await this.audit.record({ actorId: null, action: 'auth.login_refused', subjectType: 'Staff', subjectId: null, ip, detail: { reason, email: text } });
  }

  userView(staff: Staff) {
    return { id: staff.id, email: staff.email, name: staff.name, roles: staff.roles, mfaEnabled: staff.mfaEnabled, mfaSetupRequired: this.mfaSetupRequired(staff) };
  }
}
