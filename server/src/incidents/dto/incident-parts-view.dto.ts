import { ApiProperty } from '@nestjs/swagger';
import { Count, Flag, Id, NullCount, NullFlag, NullText, NullTime, NullUuid, OneOf, Text, Time, Uuid } from '../../common/api-fields.js';
import { OUTBOX_STATUSES } from '../../mail/outbox.entity.js';
import { ROLES } from '../../policy/abilities.js';
import { CONTACT_KINDS, DECISION_KINDS, ENTRY_KINDS, UPDATE_AUDIENCES } from '../incident.entities.js';
import { TASK_KEYS } from '../playbook.js';
import { IncidentViewDto } from './incident-view.dto.js';

const Key = () => ApiProperty({ type: String, required: false });
const Whole = () => ApiProperty({ type: 'integer', required: false });
const NullShare = () => ApiProperty({ type: Number, nullable: true, required: false, minimum: 0, maximum: 1, description: 'on-time share, 0..1; null when nothing was due' });
const Detail = () => ApiProperty({ type: 'object', additionalProperties: true, selfRequired: false });

/** One line of an incident's timeline, with the names a reader needs beside the ids. */
export class TimelineEntryViewDto {
  @Id() id!: string;
  @Whole() seq?: number;
  @Uuid() incidentId?: string;
  @Time() at?: string;
  @OneOf(ENTRY_KINDS) kind?: string;
  @NullUuid() actorId?: string | null;
  @NullText() actorName?: string | null;
  @NullUuid() settingId?: string | null;
  @NullText() settingName?: string | null;
  @NullUuid() caseId?: string | null;
  @OneOf(CONTACT_KINDS, true) contactKind?: string | null;
  @OneOf(DECISION_KINDS, true) decision?: string | null;
  @OneOf(UPDATE_AUDIENCES, true) audience?: string | null;
  @NullText() message?: string | null;
  @NullTime() dueAt?: string | null;
  @NullFlag() onTime?: boolean | null;
  @NullCount() recipients?: number | null;
  @Detail() detail?: Record<string, unknown>;
}

/** A setting that has no email to write to. */
export class SettingWithoutEmailDto {
  @ApiProperty({ type: String, format: 'uuid' }) settingId!: string;
  @ApiProperty() name!: string;
}

/** A posted update: its timeline line, the settings no email could reach, and the incident's clock after it. */
export class UpdatePostedViewDto extends TimelineEntryViewDto {
  @ApiProperty({ type: [SettingWithoutEmailDto] }) withoutEmail!: SettingWithoutEmailDto[];
  @ApiProperty({ type: IncidentViewDto }) incident!: IncidentViewDto;
}

/** One recipient of an update: a setting's contact, or a colleague as far as the caller may read them. */
export class UpdateRecipientDto {
  @Uuid() settingId?: string;
  @NullText() name?: string | null;
  @NullText() email?: string | null;
}

/** Who an update to this audience would reach, the first few of them, and the settings it could not reach. */
export class UpdateRecipientsViewDto {
  @ApiProperty({ enum: UPDATE_AUDIENCES }) id!: string;
  @OneOf(UPDATE_AUDIENCES) audience?: string;
  @Whole() count?: number;
  @ApiProperty({ type: [UpdateRecipientDto], required: false }) recipients?: UpdateRecipientDto[];
  @ApiProperty({ type: [SettingWithoutEmailDto], required: false }) withoutEmail?: SettingWithoutEmailDto[];
  @Whole() withoutEmailCount?: number;
}

/** A setting on the affected-settings register, with its contact details. */
export class AffectedSettingViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @Text() name?: string;
  @NullText() contactEmail?: string | null;
  @NullText() contactPhone?: string | null;
  @NullText() dpoEmail?: string | null;
  @Time() addedAt?: string;
  @NullUuid() addedById?: string | null;
}

/** One playbook task for the incident, done or not. */
export class IncidentTaskViewDto {
  @ApiProperty({ description: '`<key>:<day>:<settingId or ->`, stable within an incident' }) id!: string;
  @OneOf(TASK_KEYS) key?: string;
  @Whole() day?: number;
  @Text() title?: string;
  @OneOf(ROLES) role?: string;
  @Uuid() settingId?: string;
  @Text() settingName?: string;
  @Flag() done?: boolean;
  @Time() doneAt?: string;
  @NullUuid() doneBy?: string | null;
}

/** Written confirmations sent: how many, and the settings without an email. */
export class WrittenConfirmationsViewDto {
  @Id() id!: string;
  @Whole() sent?: number;
  @ApiProperty({ type: [SettingWithoutEmailDto], required: false }) withoutEmail?: SettingWithoutEmailDto[];
  @ApiProperty({ type: IncidentViewDto, required: false }) incident?: IncidentViewDto;
}

/** One Art. 33(3) notice sent to one setting's DPO. */
export class BreachNoticeViewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @NullText() settingName?: string | null;
  @Time() sentAt?: string;
  @Count() hoursSinceAwareness?: number;
  @Flag() followUp?: boolean;
  @Whole() notice?: number;
  @Text() sentTo?: string;
}

/** Breach notices sent: how many, how many were follow-ups, and each notice. */
export class BreachNoticesSentViewDto {
  @Id() id!: string;
  @Whole() sent?: number;
  @Whole() followUps?: number;
  @ApiProperty({ type: [BreachNoticeViewDto], required: false }) notices?: BreachNoticeViewDto[];
}

/** One DPO's breach notice as it would be sent. */
export class BreachNoticePreviewDto {
  @Id() id!: string;
  @Uuid() settingId?: string;
  @NullText() settingName?: string | null;
  @Text() to?: string;
  @Flag() followUp?: boolean;
  @Text() subject?: string;
  @Text() body?: string;
}

/** Today's calls and letters, and the SMT contacts not yet made. */
export class OpenTasksDto {
  @ApiProperty({ type: 'integer' }) telephone_update!: number;
  @ApiProperty({ type: 'integer' }) written_confirmation!: number;
  @ApiProperty({ type: 'integer' }) smt_contact!: number;
}

/** An incident on the dashboard, with its customer-update record. */
export class DashboardIncidentDto {
  @Id() id!: string;
  @Text() title?: string;
  @OneOf(['active', 'resolved']) status?: string;
  @Whole() day?: number;
  @Count() cadenceMinutes?: number;
  @Time() declaredAt?: string;
  @NullTime() resolvedAt?: string | null;
  @Uuid() ownerId?: string;
  @NullText() ownerName?: string | null;
  @Whole() settingsAffected?: number;
  @NullTime() nextUpdateDueAt?: string | null;
  @Flag() overdue?: boolean;
  @Flag() reminderDue?: boolean;
  @Flag() personalDataBreach?: boolean;
  @NullFlag() functionalityRemoved?: boolean | null;
  @NullText() portalMessage?: string | null;
  @Whole() updates?: number;
  @Whole() onTime?: number;
  @Whole() missedDeadlines?: number;
  @Whole() missedUpdates?: number;
  @Flag() lateDeclaration?: boolean;
  @NullShare() compliance?: number | null;
  @ApiProperty({ type: OpenTasksDto, required: false }) openTasks?: OpenTasksDto;
}

/** An active incident whose customer update is overdue. */
export class OverdueIncidentDto {
  @Id() id!: string;
  @Text() title?: string;
  @Uuid() ownerId?: string;
  @NullText() ownerName?: string | null;
  @NullTime() nextUpdateDueAt?: string | null;
  @Whole() minutesOverdue?: number;
  @Whole() settingsAffected?: number;
}

/** Customer updates over the compliance window. */
export class DashboardComplianceDto {
  @Whole() windowDays?: number;
  @Whole() updates?: number;
  @Whole() onTime?: number;
  @Whole() late?: number;
  @Whole() overdueNow?: number;
  @NullShare() share?: number | null;
}

/** Customer updates of one day, for the chart. */
export class UpdatesOnDayDto {
  @ApiProperty({ type: String, format: 'date' }) date!: string;
  @ApiProperty({ type: 'integer' }) onTime!: number;
  @ApiProperty({ type: 'integer' }) late!: number;
}

/** The incident dashboard: what is active, what is overdue, and how updates have kept to time. */
export class IncidentDashboardViewDto {
  @ApiProperty({ enum: ['dashboard'] }) id!: string;
  @Time() generatedAt?: string;
  @Whole() activeIncidents?: number;
  @Whole() settingsAffected?: number;
  @Whole() overdueCount?: number;
  @ApiProperty({ type: DashboardComplianceDto, required: false }) compliance?: DashboardComplianceDto;
  @ApiProperty({ type: [UpdatesOnDayDto], required: false }) byDay?: UpdatesOnDayDto[];
  @ApiProperty({ type: [DashboardIncidentDto], required: false }) active?: DashboardIncidentDto[];
  @ApiProperty({ type: [OverdueIncidentDto], required: false }) overdue?: OverdueIncidentDto[];
  @ApiProperty({ type: [DashboardIncidentDto], required: false }) recentlyResolved?: DashboardIncidentDto[];
}

/** Customer updates over the incident's life. */
export class ReviewUpdatesDto {
  @Whole() updates?: number;
  @Whole() onTime?: number;
  @Whole() late?: number;
  @Whole() missedDeadlines?: number;
  @Whole() reminders?: number;
  @NullShare() compliance?: number | null;
}

/** A support case linked to the incident. */
export class ReviewCaseDto {
  @Id() id!: string;
  @Text() title?: string;
  @Text() status?: string;
  @Uuid() settingId?: string;
  @NullText() settingName?: string | null;
}

/** One playbook task's tally over the incident. */
export class TaskTallyDto {
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
}

/** Each playbook task's tally, by task key. */
export class ReviewTasksDto {}
for (const key of TASK_KEYS) ApiProperty({ type: TaskTallyDto })(ReviewTasksDto.prototype, key);

/** Emails about the incident, by kind and delivery status. */
export class MailCountDto {
  @ApiProperty() kind!: string;
  @ApiProperty({ enum: OUTBOX_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer' }) n!: number;
}

/** The post-incident review. */
export class IncidentReviewViewDto {
  @Id() id!: string;
  @ApiProperty({ type: IncidentViewDto, required: false }) incident?: IncidentViewDto;
  @NullText() ownerName?: string | null;
  @Whole() durationMinutes?: number;
  @Whole() days?: number;
  @ApiProperty({ type: ReviewUpdatesDto, required: false }) customerUpdates?: ReviewUpdatesDto;
  @Whole() internalUpdates?: number;
  @ApiProperty({ type: [TimelineEntryViewDto], required: false }) decisions?: TimelineEntryViewDto[];
  @ApiProperty({ type: [ReviewCaseDto], required: false }) cases?: ReviewCaseDto[];
  @ApiProperty({ type: ReviewTasksDto, required: false }) tasks?: ReviewTasksDto;
  @ApiProperty({ type: [MailCountDto], required: false }) mail?: MailCountDto[];
  @ApiProperty({ type: [TimelineEntryViewDto], required: false }) timeline?: TimelineEntryViewDto[];
}
