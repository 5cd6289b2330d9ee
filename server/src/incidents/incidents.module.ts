import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { AffectedSettingsRepository } from './affected-settings.repository.js';
import { BreachNoticesRepository } from './breach-notices.repository.js';
import { IncidentAlertsRepository } from './incident-alerts.repository.js';
import { IncidentBreachNoticesService } from './incident-breach-notices.service.js';
import { IncidentDeadlinesService } from './incident-deadlines.service.js';
import { IncidentDirectory } from './incident-directory.js';
import { IncidentReportsService } from './incident-reports.service.js';
import { IncidentTimelineRepository } from './incident-timeline.repository.js';
import { IncidentUpdatesService } from './incident-updates.service.js';
import { Incident, IncidentAlert, IncidentBreachNotice, IncidentEntry, IncidentSetting } from './incident.entities.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentsRepository } from './incidents.repository.js';
import { IncidentsService } from './incidents.service.js';
import { PublicStatusController } from './public-status.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Incident, IncidentSetting, IncidentEntry, IncidentAlert, IncidentBreachNotice]),
    AuditModule, MailModule, CasesModule, StaffModule, SettingsModule,
  ],
  controllers: [IncidentsController, PublicStatusController],
  providers: [
    IncidentsService, IncidentUpdatesService, IncidentReportsService, IncidentDeadlinesService, IncidentDirectory, IncidentBreachNoticesService,
    IncidentsRepository, IncidentTimelineRepository, AffectedSettingsRepository, IncidentAlertsRepository, BreachNoticesRepository,
  ],
  exports: [IncidentsService, IncidentUpdatesService, IncidentDeadlinesService],
})
export class IncidentsModule {}
