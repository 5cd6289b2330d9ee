import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { clientIp } from '../auth/principal.js';
import { LinkThrottle } from '../common/link-throttle.js';
import { Public } from '../policy/policy.decorators.js';
import { SettingChangeAnswerDto } from './dto/setting-change.dto.js';
import { SettingChangesService } from './setting-changes.service.js';
import { Returns } from '../common/api-document.js';
import { FieldChangeDto, SettingChangeAnswerViewDto, SettingChangeRequestViewDto } from './dto/setting-change-view.dto.js';

/** The setting's DPO confirms or rejects a held change here, through the emailed single-use link; there is no login. */
@ApiTags('settings')
@Controller('public/setting-changes')
export class SettingChangesController {
  constructor(private readonly changes: SettingChangesService) {}

  @Get(':token')
  @Public()
  @ApiExtraModels(FieldChangeDto)
  @Returns(SettingChangeRequestViewDto)
  describe(@Param('token') token: string) {
    return this.changes.describe(token);
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @Returns(SettingChangeAnswerViewDto)
  @LinkThrottle()
  answer(@Param('token') token: string, @Body() body: SettingChangeAnswerDto, @Req() req: FastifyRequest) {
    return this.changes.answer(token, body, clientIp(req));
  }
}
