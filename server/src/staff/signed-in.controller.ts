import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { SessionsService } from '../auth/sessions.service.js';
import { sendList, type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';

/** Who is signed in right now, across all staff: every live session with its person. */
@ApiTags('staff')
@Controller('sessions')
export class SignedInController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @Can('read', 'Session')
  async list(@CurrentUser() _me: Principal, @Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendList(res, 'sessions', await this.sessions.signedIn(params));
  }
}
