import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { parseListQuery, type ListParams, type ListSpec } from '../database/list-query.js';

const ROSTER_LIST: ListSpec = { sortable: [], filters: {}, search: [], defaultSort: ['name', 'ASC'] };
import { Can } from '../policy/policy.decorators.js';
import { AccessReviewsService } from './access-reviews.service.js';
import { CreateAccessReviewDto } from './dto/access-review.dto.js';
import { AccessReviewDueDto, AccessReviewViewDto, RosterEntryDto } from './dto/access-review-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import { ACCESS_REVIEWS_LIST } from './access-reviews.repository.js';

@ApiTags('access-reviews')
@Controller('access-reviews')
export class AccessReviewsController {
  constructor(private readonly reviews: AccessReviewsService) {}

  @Get('due')
  @Can('read', 'AccessReview')
  @Returns(AccessReviewDueDto)
  due() {
    return this.reviews.due();
  }

  @Get('roster')
  @Can('create', 'AccessReview')
  @Returns([RosterEntryDto])
  roster(@Query() params: ListParams) {
    parseListQuery(params, ROSTER_LIST); // the roster is everyone: a filter on it is refused, never ignored
    return this.reviews.roster();
  }

  @Get()
  @ListOf('access-reviews', AccessReviewViewDto, { spec: ACCESS_REVIEWS_LIST })
  @Can('read', 'AccessReview')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return this.reviews.list(me, params);
  }

  @Get(':id')
  @Can('read', 'AccessReview')
  @Returns(AccessReviewViewDto)
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.reviews.get(me, id);
  }

  @Post()
  @Can('create', 'AccessReview')
  @Returns(AccessReviewViewDto, 201)
  @ApiErrors(409)
  create(@CurrentUser() me: Principal, @Body() body: CreateAccessReviewDto) {
    return this.reviews.complete(me, body);
  }
}
