import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { CreateSettingDto, UpdateSettingDto } from './dto/setting.dto.js';
import { SETTINGS_LIST, SettingsService } from './settings.service.js';
import { SettingViewDto } from './dto/setting-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ListOf('settings', SettingViewDto, { spec: SETTINGS_LIST })
  @Can('read', 'Setting')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return this.settings.listView(me, params);
  }

  @Get(':id')
  @Returns(SettingViewDto)
  @Can('read', 'Setting')
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.settings.getView(me, id);
  }

  @Post()
  @Returns(SettingViewDto, 201)
  @Can('create', 'Setting')
  create(@CurrentUser() me: Principal, @Body() body: CreateSettingDto) {
    return this.settings.createSetting(me, body);
  }

  @Put(':id')
  @Returns(SettingViewDto)
  @ApiErrors(409)
  @Can('update', 'Setting')
  update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateSettingDto) {
    return this.settings.updateSetting(me, id, body);
  }
}
