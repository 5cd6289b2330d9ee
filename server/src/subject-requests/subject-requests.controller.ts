import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { mapRows, type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { CreateSubjectRequestDto, UpdateSubjectRequestDto } from './dto/subject-request.dto.js';
import { SubjectRequestsService } from './subject-requests.service.js';
import { SubjectRequestViewDto } from './dto/subject-request-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import { SUBJECT_REQUESTS_LIST } from './subject-requests.repository.js';

@ApiTags('subject-requests')
@Controller('subject-requests')
export class SubjectRequestsController {
  constructor(private readonly requests: SubjectRequestsService) {}

  @Get()
  @ListOf('subject-requests', SubjectRequestViewDto, { spec: SUBJECT_REQUESTS_LIST })
  @Can('read', 'SubjectRequest')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return mapRows(await this.requests.list(me, params), (r) => this.requests.view(r));
  }

  @Get(':id')
  @Can('read', 'SubjectRequest')
  @Returns(SubjectRequestViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.requests.view(await this.requests.get(me, id));
  }

  @Post()
  @Can('create', 'SubjectRequest')
  @Returns(SubjectRequestViewDto, 201)
  async create(@CurrentUser() me: Principal, @Body() body: CreateSubjectRequestDto) {
    return this.requests.view(await this.requests.log(me, body));
  }

  @Put(':id')
  @Can('update', 'SubjectRequest')
  @Returns(SubjectRequestViewDto)
  @ApiErrors(409)
  async update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateSubjectRequestDto) {
    return this.requests.view(await this.requests.change(me, id, body));
  }
}
