import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { selectList } from '../database/plain-rows.js';
import { preparedQuery } from '../database/prepared-statements.js';
import type { ListQuery, ListResult } from '../database/list-query.js';
import { Staff } from '../staff/staff.entity.js';
import { Session } from './session.entity.js';

/** A live session with its person, as the signed-in list shows it. */
export interface SignedInRow {
  id: string; staffId: string; staffName: string; staffEmail: string; roles: string[]; createdAt: Date;
  lastSeenAt: Date; expiresAt: Date; ip: string | null; userAgent: string | null;
}

const SIGNED_IN_ORDER: Record<string, string> = { lastSeenAt: 's.last_seen_at', createdAt: 's.created_at', staffName: 'st.name' };

/** Sessions: the only place that reads or writes the `sessions` table. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The staff member's columns as the session lookup selects and reads them; the same for the life of the process. */
  private staffColumns?: ReturnType<typeof selectList>;

  insert(session: Omit<Session, 'id' | 'endedAt' | 'endReason'>, manager: EntityManager = this.db.manager): Promise<Session> {
    return manager.save(manager.create(Session, { ...session, endedAt: null, endReason: null }));
  }

  /**
   * The live session for a token hash with its staff member, in one statement that also moves `last_seen_at` to `now`
   * when it is older than `touchBefore` (and the request is not `background`); null when there is none.
   */
  async resumeLive(hash: string, now: Date, idleSince: Date, touchBefore: Date, background: boolean): Promise<{ id: string; staff: Staff } | null> {
    const staff = (this.staffColumns ??= selectList(this.db, Staff, 'st', 'staff_'));
    const rows = await preparedQuery(this.db,
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
    return row ? { id: row.session_id as string, staff: staff.read(row) as Staff } : null;
  }

  /** A session not yet marked ended, by token hash (live or not). */
  findOpenByHash(hash: string): Promise<Session | null> {
    return this.db.manager.findOneBy(Session, { tokenHash: hash, endedAt: IsNull() });
  }

  findOne(id: string): Promise<Session | null> {
    return this.db.manager.findOneBy(Session, { id });
  }

  /** Marks one session ended unless it already is; true when it was open. */
  async end(id: string, at: Date, reason: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const result = await manager.update(Session, { id, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return (result.affected ?? 0) > 0;
  }

  /** Marks every open session of a staff member ended; returns how many were open. */
  async endAllFor(staffId: string, at: Date, reason: string, manager: EntityManager = this.db.manager): Promise<number> {
    const result = await manager.update(Session, { staffId, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return result.affected ?? 0;
  }

  /** Usable sessions (not ended, not idle since `idleSince`, not past their lifetime), newest first. */
  live(now: Date, idleSince: Date, staffId?: string): Promise<Session[]> {
    const qb = this.db.manager.createQueryBuilder(Session, 's')
      .where('s.ended_at IS NULL AND s.expires_at > :now AND s.last_seen_at >= :idleSince', { now, idleSince })
      .orderBy('s.last_seen_at', 'DESC')
      .limit(1000);
    if (staffId) qb.andWhere('s.staff_id = :staffId', { staffId });
    return qb.getMany();
  }

  /** Everyone's usable sessions with their person, filtered by staff member or name, sorted and paged. */
  async signedIn(now: Date, idleSince: Date, query: ListQuery): Promise<ListResult<SignedInRow>> {
    const args: unknown[] = [now, idleSince];
    let where = 's.ended_at IS NULL AND s.expires_at > $1 AND s.last_seen_at >= $2';
    if (typeof query.filter.staffId === 'string') { args.push(query.filter.staffId); where += ` AND s.staff_id = $${args.length}`; }
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) {
      args.push(`%${query.filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND st.name ILIKE $${args.length}`;
    }
    const [start, end] = query.range;
    const rows: SignedInRow[] = await this.db.query(
      `SELECT s.id, s.staff_id AS "staffId", st.name AS "staffName", st.email AS "staffEmail", st.roles, s.created_at AS "createdAt",
              s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", s.ip, s.user_agent AS "userAgent"
         FROM sessions s JOIN staff st ON st.id = s.staff_id
        WHERE ${where} ORDER BY ${SIGNED_IN_ORDER[query.sort[0]] ?? 's.last_seen_at'} ${query.sort[1]}, s.id LIMIT ${end - start + 1} OFFSET ${start}`, args);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE ${where}`, args);
    return { rows, total, start };
  }
}
