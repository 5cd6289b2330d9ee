import { Controller, Delete, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { mapRows, type ListParams } from '../database/list-query.js';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';
import { Can } from '../policy/policy.decorators.js';
import { COPY_ROW_LISTS, INVESTIGATIONS_LIST, InvestigationsService, investigationView } from './investigations.service.js';
import { InvestigationViewDto } from './dto/investigation-view.dto.js';
import { ApiErrors, Returns, ReturnsAnyOf } from '../common/api-document.js';
import { COPY_ROWS } from './dto/copy-row-view.dto.js';

const KIND = new ParseEnumPipe(Object.fromEntries(CONTENT_KINDS.map((k) => [k, k])), { errorHttpStatusCode: 404 });

/** Anonymised investigation copies: their history for IT and SMT, their rows for the grant's developer only. */
@ApiTags('access')
@Controller('investigations')
export class InvestigationsController {
  constructor(private readonly investigations: InvestigationsService) {}

  @Get()
  @ListOf('investigations', InvestigationViewDto, { spec: INVESTIGATIONS_LIST })
  @Can('read', 'Investigation')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return mapRows(await this.investigations.list(me, params), investigationView);
  }

  @Get(':id')
  @Can('read', 'Investigation')
  @Returns(InvestigationViewDto)
  async one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return investigationView(await this.investigations.getLive(me, id));
  }

  @Delete(':id')
  @Can('delete', 'Investigation')
  @Returns(InvestigationViewDto)
  @ApiErrors(409, 410)
  async remove(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return investigationView(await this.investigations.deleteByOwner(me, id));
  }

  @Get(':id/:kind')
  @Can('investigate', 'Investigation')
  @ListOf((req) => String(req.params.kind), COPY_ROWS, { spec: COPY_ROW_LISTS })
  @ApiParam({ name: 'kind', enum: CONTENT_KINDS })
  async rows(
    @CurrentUser() me: Principal,
    @Param('id', IdParam) id: string,
    @Param('kind', KIND) kind: ContentKind,
    @Query() params: ListParams,
  ) {
    return this.investigations.rows(me, id, kind, params);
  }

  @Get(':id/:kind/:rowId')
  @Can('investigate', 'Investigation')
  @ReturnsAnyOf(COPY_ROWS)
  @ApiParam({ name: 'kind', enum: CONTENT_KINDS })
  row(
    @CurrentUser() me: Principal,
    @Param('id', IdParam) id: string,
    @Param('kind', KIND) kind: ContentKind,
    @Param('rowId', IdParam) rowId: string,
  ) {
    return this.investigations.row(me, id, kind, rowId);
  }
}
