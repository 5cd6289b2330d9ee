import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { Clock, HOUR, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { plainRow, selectList } from '../database/plain-rows.js';
import { Staff } from '../staff/staff.entity.js';
import { Session } from './session.entity.js';
import { hashToken, newToken } from '../common/tokens.js';

export type SessionEndReason = 'logout' | 'idle' | 'expired' | 'revoked' | 'disabled' | 'password_reset' | 'two_factor_reset';

/** How stale `last_seen_at` may get before a request writes it again. */
export const SESSION_TOUCH_MS = MINUTE;

/** Server-side sessions: they can expire when idle, be listed and be revoked. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  async start(staffId: string, ip: string | null, userAgent: string | null, manager?: EntityManager) {
    const now = this.clock.now();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxHours * HOUR);
    const repo = manager?.getRepository(Session) ?? this.sessions;
    const session = await repo.save(
      repo.create({ staffId, tokenHash: hashToken(token), createdAt: now, lastSeenAt: now, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null }),
    );
    return { token, session };
  }

  /**
   * The live session for a token, or null when unknown, ended, idle too long or past its lifetime (a dead session is
   * then marked ended with its reason). One statement checks it and, at most once a minute, moves `last_seen_at`, so
   * busy readers do not write on every request and the idle timeout stays exact to that minute (never late).
   */
  async resume(token: string, background = false): Promise<(Pick<Session, 'id' | 'staffId'> & { staff: Staff }) | null> {
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * MINUTE);
    const touchBefore = new Date(now.getTime() - SESSION_TOUCH_MS);
    const hash = hashToken(token);
    // The staff member comes in the same round trip: one indexed lookup per request. The UI's polling
    // (`background`) is served, but only a person's own requests keep the session from going idle.
    const staff = selectList(this.sessions.manager.connection, Staff, 'st', 'staff_');
    const rows: Record<string, unknown>[] = await this.sessions.query(
      `WITH live AS (
         SELECT id, staff_id, last_seen_at FROM sessions
          WHERE token_hash = $1 AND ended_at IS NULL AND last_seen_at >= $2 AND expires_at > $3
       ), touched AS (
         UPDATE sessions s SET last_seen_at = $3 FROM live WHERE s.id = live.id AND live.last_seen_at < $4 AND NOT $5::boolean RETURNING s.id
       )
       SELECT live.id AS session_id, ${staff.sql} FROM live JOIN staff st ON st.id = live.staff_id`,
      [hash, idleSince, now, touchBefore, background],
    );
    const row = rows[0];
    if (row) {
      const member = plainRow<Staff>(this.sessions.manager.connection, staff.columns, row, staff.key);
      return { id: row.session_id as string, staffId: member.id, staff: member };
    }
    const dead = await this.sessions.findOneBy({ tokenHash: hash, endedAt: IsNull() });
    if (dead) await this.end(dead.id, now >= dead.expiresAt ? 'expired' : 'idle', now);
    return null;
  }

  async end(sessionId: string, reason: SessionEndReason, at = this.clock.now(), manager?: EntityManager): Promise<boolean> {
    const repo = manager?.getRepository(Session) ?? this.sessions;
    const result = await repo.update({ id: sessionId, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return (result.affected ?? 0) > 0;
  }

  /** Ends every live session of a staff member; returns how many were live. */
  async endAllFor(staffId: string, reason: SessionEndReason, manager?: EntityManager): Promise<number> {
    const repo = manager?.getRepository(Session) ?? this.sessions;
    const result = await repo.update({ staffId, endedAt: IsNull() }, { endedAt: this.clock.now(), endReason: reason });
    return result.affected ?? 0;
  }

  /** Sessions that are still usable now (not ended, not idle, not past their lifetime), newest first. */
  async live(staffId?: string): Promise<Session[]> {
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * MINUTE);
    const qb = this.sessions
      .createQueryBuilder('s')
      .where('s.ended_at IS NULL AND s.expires_at > :now AND s.last_seen_at >= :idleSince', { now, idleSince })
      .orderBy('s.last_seen_at', 'DESC')
      .limit(1000);
    if (staffId) qb.andWhere('s.staff_id = :staffId', { staffId });
    return qb.getMany();
  }

  findOne(id: string): Promise<Session | null> {
    return this.sessions.findOneBy({ id });
  }
}
