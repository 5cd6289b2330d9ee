import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { sendList, type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { CreateSettingDto, UpdateSettingDto } from './dto/setting.dto.js';
import { SettingsService } from './settings.service.js';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @Can('read', 'Setting')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendList(res, 'settings', await this.settings.listView(me, params));
  }

  @Get(':id')
  @Can('read', 'Setting')
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.settings.getView(me, id);
  }

  @Post()
  @Can('create', 'Setting')
  create(@CurrentUser() me: Principal, @Body() body: CreateSettingDto) {
    return this.settings.createSetting(me, body);
  }

  @Put(':id')
  @Can('update', 'Setting')
  update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateSettingDto) {
    return this.settings.updateSetting(me, id, body);
  }
}
