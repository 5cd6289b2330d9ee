import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { type ListParams } from '../database/list-query.js';
import { Can, Public } from '../policy/policy.decorators.js';
import { CreateSubProcessorDto, UpdateSubProcessorDto } from './dto/sub-processor.dto.js';
import { publicView, SubProcessorsService } from './sub-processors.service.js';
import { SubProcessorViewDto } from './dto/sub-processor-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import { SUB_PROCESSORS_LIST } from './sub-processors.repository.js';

@ApiTags('sub-processors')
@Controller()
export class SubProcessorsController {
  constructor(private readonly subProcessors: SubProcessorsService) {}

  @Get('sub-processors')
  @ListOf('sub-processors', SubProcessorViewDto, { spec: SUB_PROCESSORS_LIST })
  @Can('read', 'SubProcessor')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return this.subProcessors.list(me, params);
  }

  @Get('sub-processors/:id')
  @Can('read', 'SubProcessor')
  @Returns(SubProcessorViewDto)
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.subProcessors.get(me, id);
  }

  @Post('sub-processors')
  @Can('create', 'SubProcessor')
  @Returns(SubProcessorViewDto, 201)
  create(@CurrentUser() me: Principal, @Body() body: CreateSubProcessorDto) {
    return this.subProcessors.propose(me, body);
  }

  @Put('sub-processors/:id')
  @Can('update', 'SubProcessor')
  @Returns(SubProcessorViewDto)
  @ApiErrors(409)
  update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateSubProcessorDto) {
    return this.subProcessors.change(me, id, body);
  }

  @Get('public/sub-processors')
  @Public()
  @Returns([SubProcessorViewDto])
  async active() {
    return (await this.subProcessors.listActive()).map(publicView);
  }
}
