import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ContentModule } from '../content/content.module.js';
import { MailModule } from '../mail/mail.module.js';
import { GrantSource } from '../policy/grant-source.js';
import { SettingsModule } from '../settings/settings.module.js';
import { StaffDirectoryModule } from '../staff/staff-directory.module.js';
import { AccessNotifications } from './access-notifications.js';
import { AccessRequest, ConsentToken } from './access-request.entity.js';
import { AccessRequestsController } from './access-requests.controller.js';
import { AccessRequestsRepository } from './access-requests.repository.js';
import { AccessRequestsService } from './access-requests.service.js';
import { ConsentController } from './consent.controller.js';
import { ConsentService } from './consent.service.js';
import { InvestigationDatabase } from './investigation-store/investigation-database.js';
import { InvestigationCopy } from './investigation.entities.js';
import { InvestigationsController } from './investigations.controller.js';
import { InvestigationCopyRowsRepository } from './investigation-copy-rows.repository.js';
import { InvestigationsRepository } from './investigations.repository.js';
import { InvestigationsService } from './investigations.service.js';
import { LiveGrants } from './live-grants.js';

/** Requests, grants, consent and investigation copies; it provides the policy's GrantSource, which the sign-in imports. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AccessRequest, ConsentToken, InvestigationCopy]),
    AuditModule,
    CasesModule,
    ContentModule,
    MailModule,
    SettingsModule,
    StaffDirectoryModule,
  ],
  controllers: [AccessRequestsController, ConsentController, InvestigationsController],
  providers: [
    AccessRequestsRepository, InvestigationsRepository, InvestigationCopyRowsRepository, AccessRequestsService, AccessNotifications, ConsentService, InvestigationDatabase,
    InvestigationsService, { provide: GrantSource, useClass: LiveGrants },
  ],
  exports: [AccessRequestsService, AccessRequestsRepository, InvestigationsService, GrantSource],
})
export class AccessModule {}
