import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { mapRows, type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { CreateStaffDto, UpdateStaffDto } from './dto/staff.dto.js';
import { STAFF_LIST, StaffService } from './staff.service.js';
import { PasswordResetSentDto, StaffViewDto } from './dto/staff-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import { LiveSessionDto } from './dto/live-session.dto.js';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ListOf('staff', StaffViewDto, { spec: STAFF_LIST })
  @Can('read', 'Staff')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    const result = await this.staff.list(me, params);
    // Who reads sessions (admins) also sees each person's last sign-in.
    const last = me.ability.can('read', 'Session') ? await this.staff.lastSignIns(result.rows.map((s) => s.id)) : null;
    return mapRows(result, (s) => (last ? { ...this.staff.view(me, s), lastSignInAt: last.get(s.id) ?? null } : this.staff.view(me, s)));
  }

  @Get(':id')
  @Can('read', 'Staff')
  @Returns(StaffViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.staff.view(me, await this.staff.get(me, id));
  }

  @Post()
  @Can('create', 'Staff')
  @Returns(StaffViewDto, 201)
  @ApiErrors(409)
  async create(@CurrentUser() me: Principal, @Body() body: CreateStaffDto) {
    return this.staff.view(me, await this.staff.create(body, me.staff.id, me.ip));
  }

  @Put(':id')
  @Can('update', 'Staff')
  @Returns(StaffViewDto)
  @ApiErrors(409)
  async update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateStaffDto) {
    return this.staff.view(me, await this.staff.update(me, id, body));
  }

  @Post(':id/unlock')
  @Can('unlock', 'Staff')
  @HttpCode(200)
  @Returns(StaffViewDto)
  async unlock(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.staff.view(me, await this.staff.unlock(me, id));
  }

  @Post(':id/two-factor/reset')
  @Can('update', 'Staff')
  @HttpCode(200)
  @ApiErrors(409)
  @Returns(StaffViewDto)
  async resetTwoFactor(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.staff.view(me, await this.staff.resetTwoFactor(me, id));
  }

  /** Nobody sets another person's password: the person gets a single-use link by email. */
  @Post(':id/password-reset')
  @Can('update', 'Staff')
  @HttpCode(202)
  @Returns(PasswordResetSentDto, 202)
  @ApiErrors(409)
  passwordReset(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.staff.sendPasswordReset(me, id);
  }

  @Get(':id/sessions')
  @Can('read', 'Session')
  @Returns([LiveSessionDto])
  sessions(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.staff.liveSessions(me, id);
  }

  @Delete(':id/sessions')
  @Can('delete', 'Session')
  @HttpCode(204)
  async endAll(@CurrentUser() me: Principal, @Param('id', IdParam) id: string): Promise<void> {
    await this.staff.endSessions(me, id);
  }

  @Delete(':id/sessions/:sessionId')
  @Can('delete', 'Session')
  @HttpCode(204)
  async endOne(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Param('sessionId', IdParam) sessionId: string): Promise<void> {
    await this.staff.endSessions(me, id, sessionId);
  }
}
