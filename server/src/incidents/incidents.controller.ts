import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiParam, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { IdParam } from '../common/id-param.js';
import { ListOf } from '../common/list.interceptor.js';
import { parseListQuery, type ListParams, type ListSpec } from '../database/list-query.js';
import { Can } from '../policy/policy.decorators.js';
import {
  AffectedSettingsDto, BreachNoticeDto, ContactDto, CreateIncidentDto, DecisionDto, LinkCaseDto, PortalMessageDto, PostUpdateDto, ResolveDto,
  UpdateIncidentDto, WrittenConfirmationDto,
} from './dto/incident.dto.js';
import { ReviewQueryDto, taskQuery, TasksQueryDto } from './dto/incident-query.dto.js';
import { IncidentBreachNoticesService } from './incident-breach-notices.service.js';
import { IncidentReportsService } from './incident-reports.service.js';
import { IncidentUpdatesService } from './incident-updates.service.js';
import type { UpdateAudience } from './incident.entities.js';
import { INCIDENTS_LIST, IncidentsService, TIMELINE_LIST } from './incidents.service.js';
import { IncidentViewDto } from './dto/incident-view.dto.js';
import { CaseViewDto } from '../cases/dto/case-view.dto.js';
import { ApiErrors, Returns } from '../common/api-document.js';
import {
  AffectedSettingViewDto, BreachNoticePreviewDto, BreachNoticesSentViewDto, BreachNoticeViewDto, IncidentDashboardViewDto, IncidentReviewViewDto,
  IncidentTaskViewDto, TimelineEntryViewDto, UpdatePostedViewDto, UpdateRecipientsViewDto, WrittenConfirmationsViewDto,
} from './dto/incident-parts-view.dto.js';

/** Breach notices are listed whole, in the order sent: a filter on them is refused, never ignored. */
const NOTICE_LIST: ListSpec = { sortable: ['sentAt'], filters: {}, search: [], defaultSort: ['sentAt', 'ASC'] };

const AUDIENCE = new ParseEnumPipe({ customers: 'customers', internal: 'internal' });

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly updates: IncidentUpdatesService,
    private readonly reports: IncidentReportsService,
    private readonly notices: IncidentBreachNoticesService,
  ) {}

  @Get()
  @ListOf('incidents', IncidentViewDto, { spec: INCIDENTS_LIST })
  @Can('read', 'Incident')
  async list(@CurrentUser() me: Principal, @Query() params: ListParams) {
    return this.incidents.list(me, params);
  }

  // Declared before ':id' so the word is never read as an id.
  @Get('dashboard')
  @Can('read', 'Incident')
  @Returns(IncidentDashboardViewDto)
  dashboard(@CurrentUser() me: Principal) {
    return this.reports.dashboard(me);
  }

  @Post()
  @Can('create', 'Incident')
  @Returns(IncidentViewDto, 201)
  create(@CurrentUser() me: Principal, @Body() body: CreateIncidentDto) {
    return this.incidents.declare(me, body);
  }

  @Get(':id')
  @Can('read', 'Incident')
  @Returns(IncidentViewDto)
  one(@CurrentUser() me: Principal, @Param('id', IdParam) id: string) {
    return this.incidents.get(me, id);
  }

  @Put(':id')
  @Can('update', 'Incident')
  @Returns(IncidentViewDto)
  @ApiErrors(409)
  update(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: UpdateIncidentDto) {
    return this.incidents.updateFacts(me, id, body);
  }

  @Post(':id/updates')
  @Can('update', 'Incident')
  @Returns(UpdatePostedViewDto, 201)
  @ApiErrors(409)
  postUpdate(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: PostUpdateDto) {
    return this.updates.post(me, id, body);
  }

  @Get(':id/recipients/:audience')
  @Can('read', 'Incident')
  @ApiParam({ name: 'audience', enum: ['customers', 'internal'] })
  @Returns(UpdateRecipientsViewDto)
  recipients(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Param('audience', AUDIENCE) audience: UpdateAudience) {
    return this.updates.recipients(me, id, audience);
  }

  @Get(':id/affected-settings')
  @ListOf('affected-settings', AffectedSettingViewDto)
  @Can('read', 'Incident')
  async register(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Query() params: ListParams) {
    return this.incidents.register(me, id, params);
  }

  @Put(':id/affected-settings')
  @Can('update', 'Incident')
  @Returns(IncidentViewDto)
  @ApiErrors(409)
  setSettings(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: AffectedSettingsDto) {
    return this.incidents.setSettings(me, id, body.settingIds, 'set');
  }

  @Post(':id/affected-settings')
  @HttpCode(200)
  @Can('update', 'Incident')
  @Returns(IncidentViewDto)
  @ApiErrors(409)
  addSettings(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: AffectedSettingsDto) {
    return this.incidents.setSettings(me, id, body.settingIds, 'add');
  }

  @Post(':id/cases')
  @Can('update', 'Incident')
  @ApiErrors(409)
  @ApiResponse({ status: 201, type: CaseViewDto, description: 'the case is now linked' })
  @ApiResponse({ status: 200, type: CaseViewDto, description: 'the case was already linked to this incident' })
  async linkCase(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: LinkCaseDto, @Res({ passthrough: true }) res: FastifyReply) {
    const { supportCase, created } = await this.incidents.linkCase(me, id, body.caseId);
    res.status(created ? 201 : 200);
    return supportCase;
  }

  @Post(':id/decisions')
  @Can('decide', 'Incident')
  @Returns(TimelineEntryViewDto, 201)
  @ApiErrors(409)
  decide(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: DecisionDto) {
    return this.incidents.decide(me, id, body);
  }

  @Put(':id/portal-message')
  @Can('publish', 'Incident')
  @Returns(IncidentViewDto)
  @ApiErrors(409)
  portal(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: PortalMessageDto) {
    return this.incidents.setPortalMessage(me, id, body.message);
  }

  @Get(':id/tasks')
  @ListOf('tasks', IncidentTaskViewDto, { params: false })
  @Can('read', 'Incident')
  async tasks(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Query() query: TasksQueryDto) {
    const { filter, range } = taskQuery(query);
    const tasks = await this.updates.tasks(me, id, filter);
    const [first, last] = range ?? [0, Math.max(tasks.length - 1, 0)];
    return { rows: tasks.slice(first, last + 1), total: tasks.length, start: first };
  }

  @Post(':id/contacts')
  @Can('create', 'IncidentContact')
  @Returns(TimelineEntryViewDto, 201)
  @ApiErrors(409)
  contact(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: ContactDto) {
    return this.updates.logContact(me, id, body);
  }

  @Post(':id/written-confirmations')
  @Can('contact', 'Incident')
  @Returns(WrittenConfirmationsViewDto, 201)
  @ApiErrors(409)
  writtenConfirmations(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: WrittenConfirmationDto) {
    return this.updates.sendWrittenConfirmations(me, id, body);
  }

  @Post(':id/breach-notices')
  @Can('update', 'Incident')
  @Returns(BreachNoticesSentViewDto, 201)
  @ApiErrors(409)
  sendBreachNotices(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: BreachNoticeDto) {
    return this.notices.send(me, id, body);
  }

  @Post(':id/breach-notices/preview')
  @HttpCode(200)
  @Can('update', 'Incident')
  @Returns([BreachNoticePreviewDto])
  @ApiErrors(409)
  previewBreachNotices(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: BreachNoticeDto) {
    return this.notices.preview(me, id, body);
  }

  @Get(':id/breach-notices')
  @ListOf('breach-notices', BreachNoticeViewDto, { spec: NOTICE_LIST })
  @Can('read', 'Incident')
  async breachNotices(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Query() params: ListParams) {
    parseListQuery(params, NOTICE_LIST);
    const rows = await this.notices.list(me, id);
    return { rows, total: rows.length, start: 0 };
  }

  @Get(':id/timeline')
  @ListOf('timeline', TimelineEntryViewDto, { spec: TIMELINE_LIST })
  @Can('read', 'Incident')
  async timeline(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Query() params: ListParams) {
    return this.incidents.timeline(me, id, params);
  }

  @Get(':id/review')
  @Can('read', 'Incident')
  @ApiExtraModels(IncidentReviewViewDto)
  @ApiResponse({
    status: 200, description: 'the review as JSON, or as a Markdown file with `format=markdown`',
    content: { 'application/json': { schema: { $ref: getSchemaPath(IncidentReviewViewDto) } }, 'text/markdown': { schema: { type: 'string' } } },
  })
  async review(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Query() query: ReviewQueryDto, @Res({ passthrough: true }) res: FastifyReply) {
    if (query.format !== 'markdown') return this.reports.review(me, id);
    const text = await this.reports.reviewMarkdown(me, id);
    res.header('Content-Type', 'text/markdown; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="incident-${id}-review.md"`);
    return text;
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Can('resolve', 'Incident')
  @Returns(IncidentViewDto)
  @ApiErrors(409)
  resolve(@CurrentUser() me: Principal, @Param('id', IdParam) id: string, @Body() body: ResolveDto) {
    return this.incidents.resolve(me, id, body.summary);
  }
}
