import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { mapRows, type ListParams } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import { ACCESS_REQUESTS_LIST, AccessRequestsService } from './access-requests.service.js';
import { CreateAccessRequestDto, DenyAccessRequestDto, RevokeAccessRequestDto } from './dto/access-request.dto.js';
import { investigationView, InvestigationsService } from './investigations.service.js';
import { AccessRequestViewDto } from './dto/access-request-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import { InvestigationViewDto } from './dto/investigation-view.dto.js';

/** Developer access requests: developers ask, IT managers decide, and the row is the grant once it starts. */
@ApiTags('access')
@Controller('access-requests')
export class AccessRequestsController {
  constructor(
    private readonly requests: AccessRequestsService,
    private readonly investigations: InvestigationsService,
  ) {}

  @Get()
  @ListOf('access-requests', AccessRequestViewDto, { spec: ACCESS_REQUESTS_LIST })
  @Can('read', 'AccessRequest')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return mapRows(await this.requests.list(me, params), (r) => this.requests.view(r));
  }

  @Get(':id')
  @Can('read', 'AccessRequest')
  @Returns(AccessRequestViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.requests.view(await this.requests.get(me, id));
  }

  @Post()
  @Can('create', 'AccessRequest')
  @Returns(AccessRequestViewDto, 201)
  @ApiErrors(409)
  async create(@CurrentUser() me: Principal, @Body() body: CreateAccessRequestDto) {
    return this.requests.view(await this.requests.create(me, body));
  }

  @Post(':id/approve')
  @Can('approve', 'AccessRequest')
  @HttpCode(200)
  @Returns(AccessRequestViewDto)
  @ApiErrors(409)
  async approve(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.requests.view(await this.requests.approve(me, id));
  }

  @Post(':id/deny')
  @Can('approve', 'AccessRequest')
  @HttpCode(200)
  @Returns(AccessRequestViewDto)
  @ApiErrors(409)
  async deny(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: DenyAccessRequestDto) {
    return this.requests.view(await this.requests.deny(me, id, body.reason));
  }

  @Post(':id/revoke')
  @Can('revoke', 'AccessRequest')
  @HttpCode(200)
  @Returns(AccessRequestViewDto)
  @ApiErrors(409)
  async revoke(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: RevokeAccessRequestDto) {
    return this.requests.view(await this.requests.revoke(me, id, body.reason || undefined));
  }

  @Post(':id/investigation')
  @Can('create', 'Investigation')
  @ApiErrors(409, 410)
  @Returns(InvestigationViewDto, 201)
  async investigate(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return investigationView(await this.investigations.create(me, id));
  }
}
