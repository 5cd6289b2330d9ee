import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { type ListParams } from '../database/list-query.js';
import { CONTENT_KINDS, type ContentKind } from '../policy/abilities.js';
import { SignedIn } from '../policy/policy.decorators.js';
import { CONTENT_LISTS, ContentService } from './content.service.js';
import { ReturnsAnyOf } from '../common/api-document.js';
import { CONTENT_ROWS } from './dto/content-view.dto.js';

const KIND = new ParseEnumPipe(Object.fromEntries(CONTENT_KINDS.map((k) => [k, k])), { errorHttpStatusCode: 404 });

/** Customer content, read-only. The route admits any signed-in caller; ContentService demands the live grant. */
@ApiTags('content')
@Controller('settings/:settingId')
export class ContentController {
  constructor(private readonly content: ContentService) {}

  @Get(':kind')
  @SignedIn()
  @ListOf((req) => String(req.params.kind), CONTENT_ROWS, { spec: CONTENT_LISTS })
  @ApiParam({ name: 'kind', enum: CONTENT_KINDS })
  async list(
    @CurrentUser() me: Principal,
    @Param('settingId', IdParam) settingId: string,
    @Param('kind', KIND) kind: ContentKind,
    @Query() params: ListParams,
  ) {
    return this.content.list(me, settingId, kind, params);
  }

  @Get(':kind/:id')
  @SignedIn()
  @ReturnsAnyOf(CONTENT_ROWS)
  @ApiParam({ name: 'kind', enum: CONTENT_KINDS })
  one(
    @CurrentUser() me: Principal,
    @Param('settingId', IdParam) settingId: string,
    @Param('kind', KIND) kind: ContentKind,
    @Param('id', IdParam) id: string,
  ) {
    return this.content.get(me, settingId, kind, id);
  }
}
