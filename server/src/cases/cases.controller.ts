import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { CasesService } from './cases.service.js';
import { CreateCaseDto, UpdateCaseDto } from './dto/case.dto.js';
import { CaseViewDto } from './dto/case-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import { CASES_LIST } from './cases.repository.js';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @ListOf('cases', CaseViewDto, { spec: CASES_LIST })
  @Can('read', 'Case')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return this.cases.list(me, params);
  }

  @Get(':id')
  @Returns(CaseViewDto)
  @Can('read', 'Case')
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.cases.get(me, id);
  }

  @Post()
  @Returns(CaseViewDto, 201)
  @Can('create', 'Case')
  create(@CurrentUser() me: Principal, @Body() body: CreateCaseDto) {
    return this.cases.createCase(me, body);
  }

  @Put(':id')
  @Returns(CaseViewDto)
  @ApiErrors(409)
  @Can('update', 'Case')
  update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateCaseDto) {
    return this.cases.updateCase(me, id, body);
  }
}
