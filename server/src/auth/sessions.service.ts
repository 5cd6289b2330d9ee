import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { Clock, HOUR, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Session } from './session.entity.js';

export type SessionEndReason = 'logout' | 'idle' | 'expired' | 'revoked' | 'disabled' | 'password_reset' | 'two_factor_reset';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

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
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxHours * HOUR);
    const repo = manager?.getRepository(Session) ?? this.sessions;
    const session = await repo.save(
      repo.create({ staffId, tokenHash: tokenHash(token), createdAt: now, lastSeenAt: now, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null }),
    );
    return { token, session };
  }

  /**
   * The live session for a token, touched in the same statement that checks it; or null when unknown, ended, idle
   * too long or past its lifetime (a dead session is then marked ended with its reason).
   */
  async resume(token: string, background = false): Promise<Pick<Session, 'id' | 'staffId'> | null> {
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * MINUTE);
    const hash = tokenHash(token);
    if (background) {
      // The UI's polling is served, but only a person's own requests keep the session from going idle.
      const live = await this.sessions.createQueryBuilder('s').select(['s.id', 's.staffId'])
        .where('s.token_hash = :hash AND s.ended_at IS NULL AND s.last_seen_at >= :idleSince AND s.expires_at > :now', { hash, idleSince, now })
        .getOne();
      if (live) return { id: live.id, staffId: live.staffId };
    } else {
      const touched = await this.sessions
        .createQueryBuilder()
        .update(Session)
        .set({ lastSeenAt: now })
        .where('token_hash = :hash AND ended_at IS NULL AND last_seen_at >= :idleSince AND expires_at > :now', { hash, idleSince, now })
        .returning('id, staff_id')
        .execute();
      const row = (touched.raw as { id: string; staff_id: string }[])[0];
      if (row) return { id: row.id, staffId: row.staff_id };
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
