import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import type { Staff } from '../staff/staff.entity.js';
import { AuthError, AuthErrorCode } from './auth.errors.js';
import { CredentialsRepository } from './credentials.repository.js';
import type { Principal } from './principal.js';
import { SecretsBox } from './secrets-box.js';

const TOTP_ISSUER = 'Custodian';
/** One 30-second step either side of now: a phone whose clock is a little off still signs in. */
const TOLERANCE_SECONDS = 30;

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as a QR code, a PNG data URL for an authenticator app to scan. */
  qrCode: string;
}

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238). A secret is confirmed by a first code before it
 * counts, and every code is accepted once: the time step it matched is kept, and no step up to it is taken again.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly tx: Transactions,
    private readonly credentials: CredentialsRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly box: SecretsBox,
  ) {}

  /** The time step a code matches, or null when it is wrong or its step was already used. */
  async check(secret: string, code: string, lastStep: string | null): Promise<number | null> {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(lastStep !== null ? { afterTimeStep: Number(lastStep) } : {}),
    }).catch(() => ({ valid: false as const }));
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }

  /** A new secret waiting for its first code; asking again replaces it. */
  async begin(me: Principal): Promise<TwoFactorSetup> {
    return this.tx.run(async (m) => {
      const staff = await this.credentials.loadTwoFactor(me.staff.id, m);
      if (staff.mfaEnabled) throw new AuthError(AuthErrorCode.TwoFactorState, 'two-factor sign-in is already on; turn it off first to change the app');
      const secret = generateSecret();
      await this.credentials.setTwoFactor(staff.id, { mfaPendingSecret: this.box.seal(secret) }, m);
      await this.audit.record({ actorId: staff.id, action: 'auth.two_factor_setup', subjectType: 'Staff', subjectId: staff.id, ip: me.ip }, m);
      const otpauthUrl = generateURI({ issuer: TOTP_ISSUER, label: staff.email, secret });
      return { secret, otpauthUrl, qrCode: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
    });
  }

  /** Turns two-factor sign-in on once the app shows a code for the waiting secret. */
  async enable(me: Principal, code: string): Promise<void> {
    await this.tx.run(async (m) => {
      const staff = await this.credentials.loadTwoFactor(me.staff.id, m);
      if (staff.mfaEnabled) throw new AuthError(AuthErrorCode.TwoFactorState, 'two-factor sign-in is already on');
      if (!staff.mfaPendingSecret) throw new AuthError(AuthErrorCode.TwoFactorState, 'start the set-up first: no secret is waiting for a code');
      const step = await this.check(this.box.open(staff.mfaPendingSecret), code, null);
      if (step === null) throw new AuthError(AuthErrorCode.TwoFactorCodeInvalid, 'code: the code does not match; check the app shows Custodian and try the current code');
      await this.credentials.setTwoFactor(staff.id, { mfaEnabled: true, mfaSecret: this.box.seal(this.box.open(staff.mfaPendingSecret)), mfaPendingSecret: null, mfaLastStep: String(step) }, m);
      await this.audit.record({ actorId: staff.id, action: 'auth.two_factor_enabled', subjectType: 'Staff', subjectId: staff.id, ip: me.ip }, m);
    });
  }

  /** Turns it off; a current code proves the person holds the app, not only the session. */
  async disable(me: Principal, code: string): Promise<void> {
    await this.tx.run(async (m) => {
      const staff = await this.credentials.loadTwoFactor(me.staff.id, m);
      if (!staff.mfaEnabled || !staff.mfaSecret) throw new AuthError(AuthErrorCode.TwoFactorState, 'two-factor sign-in is not on');
      if ((await this.check(this.box.open(staff.mfaSecret), code, staff.mfaLastStep)) === null) {
        throw new AuthError(AuthErrorCode.TwoFactorCodeInvalid, 'code: the code is wrong or was already used');
      }
      await this.credentials.setTwoFactor(staff.id, TWO_FACTOR_OFF, m);
      await this.audit.record({ actorId: staff.id, action: 'auth.two_factor_disabled', subjectType: 'Staff', subjectId: staff.id, ip: me.ip }, m);
    });
  }

  /** An admin's reset for someone who lost their authenticator: two-factor sign-in off, secrets gone. */
  async turnOff(staffId: string, m: EntityManager): Promise<void> {
    await this.credentials.setTwoFactor(staffId, TWO_FACTOR_OFF, m);
  }

  /** At sign-in: takes the code's time step, so the same code cannot sign in twice; false when it does not match. */
  async consume(staff: Staff, code: string, m: EntityManager): Promise<boolean> {
    const locked = await this.credentials.loadTwoFactor(staff.id, m);
    if (!locked.mfaSecret) return false;
    const step = await this.check(this.box.open(locked.mfaSecret), code, locked.mfaLastStep);
    if (step === null) return false;
    await this.credentials.setTwoFactor(staff.id, { mfaLastStep: String(step) }, m);
    return true;
  }
}

/** What an admin's reset or the person's own switch-off writes. */
export const TWO_FACTOR_OFF = { mfaEnabled: false, mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null } as const;
