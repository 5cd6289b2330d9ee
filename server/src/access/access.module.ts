import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { ContentModule } from '../content/content.module.js';
import { MailModule } from '../mail/mail.module.js';
import { GrantSource } from '../policy/grant-source.js';
import { SettingsModule } from '../settings/settings.module.js';
import { AccessNotifications } from './access-notifications.js';
import { AccessRequest, ConsentToken } from './access-request.entity.js';
import { AccessRequestsController } from './access-requests.controller.js';
import { AccessRequestsService } from './access-requests.service.js';
import { ConsentController } from './consent.controller.js';
import { ConsentService } from './consent.service.js';
import { InvestigationDatabase } from './investigation-store/investigation-database.js';
import { InvestigationCopy } from './investigation.entities.js';
import { InvestigationsController } from './investigations.controller.js';
import { InvestigationsService } from './investigations.service.js';
import { LiveGrants } from './live-grants.js';

/** Global because it provides the policy's GrantSource: every request's principal is built from live grants. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([AccessRequest, ConsentToken, InvestigationCopy]),
    AuditModule,
    CasesModule,
    ContentModule,
    MailModule,
    SettingsModule,
  ],
  controllers: [AccessRequestsController, ConsentController, InvestigationsController],
  providers: [AccessRequestsService, AccessNotifications, ConsentService, InvestigationDatabase, InvestigationsService, { provide: GrantSource, useClass: LiveGrants }],
  exports: [AccessRequestsService, InvestigationsService, GrantSource],
})
export class AccessModule {}
