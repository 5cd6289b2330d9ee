import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { Clock, MINUTE } from '../common/clock.js';
import { ListOf } from '../common/list.interceptor.js';
import { parseListQuery, sendList, type ListParams, type ListSpec } from '../database/list-query.js';
import { CONFIG, type Config } from '../config/config.js';
import { Can } from '../policy/policy.decorators.js';
import { LiveSessionDto } from './dto/live-session.dto.js';

const SPEC: ListSpec = { sortable: ['lastSeenAt', 'createdAt', 'staffName'], filters: { staffId: 'uuid' }, search: ['staffName'], defaultSort: ['lastSeenAt', 'DESC'] };
const ORDER: Record<string, string> = { lastSeenAt: 's.last_seen_at', createdAt: 's.created_at', staffName: 'st.name' };

/** Who is signed in right now, across all staff: every live session with its person. */
@ApiTags('staff')
@Controller('sessions')
export class SignedInController {
  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(CONFIG) private readonly config: Config, private readonly clock: Clock) {}

  @Get()
  @ListOf('sessions', LiveSessionDto, { spec: SPEC })
  @Can('read', 'Session')
  async list(@CurrentUser() _me: Principal, @Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(params, SPEC);
    const now = this.clock.now();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * MINUTE);
    const args: unknown[] = [now, idleSince];
    let where = 's.ended_at IS NULL AND s.expires_at > $1 AND s.last_seen_at >= $2';
    if (typeof query.filter.staffId === 'string') { args.push(query.filter.staffId); where += ` AND s.staff_id = $${args.length}`; }
    if (typeof query.filter.q === 'string' && query.filter.q.trim()) {
      args.push(`%${query.filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND st.name ILIKE $${args.length}`;
    }
    const [start, end] = query.range;
    const rows = await this.db.query(
      `SELECT s.id, s.staff_id AS "staffId", st.name AS "staffName", st.email AS "staffEmail", st.roles, s.created_at AS "createdAt",
              s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", s.ip, s.user_agent AS "userAgent"
         FROM sessions s JOIN staff st ON st.id = s.staff_id
        WHERE ${where} ORDER BY ${ORDER[query.sort[0]] ?? 's.last_seen_at'} ${query.sort[1]}, s.id LIMIT ${end - start + 1} OFFSET ${start}`, args);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE ${where}`, args);
    return sendList(res, 'sessions', { rows, total, start });
  }
}
