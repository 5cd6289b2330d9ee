import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { SessionsService, SIGNED_IN_LIST } from '../auth/sessions.service.js';
import { ListOf } from '../common/list.interceptor.js';
import type { ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { LiveSessionDto } from './dto/live-session.dto.js';

/** Who is signed in right now, across all staff: every live session with its person. */
@ApiTags('staff')
@Controller('sessions')
export class SignedInController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ListOf('sessions', LiveSessionDto, { spec: SIGNED_IN_LIST })
  @Can('read', 'Session')
  list(@CurrentUser() _me: Principal, @Query() params: ListParams) {
    return this.sessions.signedIn(params);
  }
}
