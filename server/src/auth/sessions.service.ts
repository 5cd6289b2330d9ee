import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, HOUR, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import type { Staff } from '../staff/staff.entity.js';
import type { Session } from './session.entity.js';
import { SessionsRepository, type SignedInRow } from './sessions.repository.js';
import { SignInsRepository } from './sign-ins.repository.js';
import { hashToken, newToken } from '../common/tokens.js';

export type SessionEndReason = 'logout' | 'idle' | 'expired' | 'revoked' | 'disabled' | 'password_reset' | 'two_factor_reset';

/** How stale `last_seen_at` may get before a request writes it again. */
export const SESSION_TOUCH_MS = MINUTE;

export const SIGNED_IN_LIST: ListSpec = { sortable: ['lastSeenAt', 'createdAt', 'staffName'], filters: { staffId: 'uuid' }, search: ['staffName'], defaultSort: ['lastSeenAt', 'DESC'] };

/** Server-side sessions: they can expire when idle, be listed and be revoked. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly signIns: SignInsRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  async start(staffId: string, ip: string | null, userAgent: string | null, manager?: EntityManager) {
    const now = this.clock.now();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxHours * HOUR);
    const session = await this.sessions.insert(
      { staffId, tokenHash: hashToken(token), createdAt: now, lastSeenAt: now, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null },
      manager,
    );
    return { token, session };
  }

  /** The instant before which a session counts as idle. */
  private idleSince(now: Date): Date {
    return new Date(now.getTime() - this.config.sessionIdleMinutes * MINUTE);
  }

  /**
   * The live session for a token, or null when unknown, ended, idle too long or past its lifetime (a dead session is
   * then marked ended with its reason). One statement checks it and, at most once a minute, moves `last_seen_at`, so
   * busy readers do not write on every request and the idle timeout stays exact to that minute (never late).
   */
  async resume(token: string, background = false): Promise<(Pick<Session, 'id' | 'staffId'> & { staff: Staff }) | null> {
    const now = this.clock.now();
    const touchBefore = new Date(now.getTime() - SESSION_TOUCH_MS);
    const hash = hashToken(token);
    // The staff member comes in the same round trip: one indexed lookup per request. The UI's polling
    // (`background`) is served, but only a person's own requests keep the session from going idle.
    const live = await this.sessions.resumeLive(hash, now, this.idleSince(now), touchBefore, background);
    if (live) return { id: live.id, staffId: live.staff.id, staff: live.staff };
    const dead = await this.sessions.findOpenByHash(hash);
    if (dead) await this.end(dead.id, now >= dead.expiresAt ? 'expired' : 'idle', now);
    return null;
  }

  end(sessionId: string, reason: SessionEndReason, at = this.clock.now(), manager?: EntityManager): Promise<boolean> {
    return this.sessions.end(sessionId, at, reason, manager);
  }

  /** Ends every live session of a staff member; returns how many were live. */
  endAllFor(staffId: string, reason: SessionEndReason, manager?: EntityManager): Promise<number> {
    return this.sessions.endAllFor(staffId, this.clock.now(), reason, manager);
  }

  /** Sessions that are still usable now (not ended, not idle, not past their lifetime), newest first. */
  live(staffId?: string): Promise<Session[]> {
    const now = this.clock.now();
    return this.sessions.live(now, this.idleSince(now), staffId);
  }

  /** Who is signed in right now, across all staff: every usable session with its person. */
  signedIn(params: ListParams): Promise<ListResult<SignedInRow>> {
    const now = this.clock.now();
    return this.sessions.signedIn(now, this.idleSince(now), parseListQuery(params, SIGNED_IN_LIST));
  }

  /** When each of these people last signed in, from their sessions. */
  lastSignIns(staffIds: string[]): Promise<Map<string, Date>> {
    return this.signIns.lastSignInOf(staffIds);
  }

  findOne(id: string): Promise<Session | null> {
    return this.sessions.findOne(id);
  }
}
