import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { MIGRATIONS } from '../../migrations/index.js';
import { AccessModule } from './access/access.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CasesModule } from './cases/cases.module.js';
import { Clock } from './common/clock.js';
import { HttpExceptionFilter } from './common/http-exception.filter.js';
import { CONFIG, type Config } from './config/config.js';
import { ContentModule } from './content/content.module.js';
import { HealthModule } from './health/health.module.js';
import { IncidentsModule } from './incidents/incidents.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { RUN_WORKER } from './jobs/jobs.service.js';
import { MailModule } from './mail/mail.module.js';
import { PoliciesGuard, SessionAuthGuard } from './policy/policies.guard.js';
import { SettingsModule } from './settings/settings.module.js';
import { StaffModule } from './staff/staff.module.js';
import { AccessReviewsModule } from './access-reviews/access-reviews.module.js';
import { Transactions } from './database/transactions.js';
import { ExportsModule } from './exports/exports.module.js';
import { ProcessingRecordModule } from './processing-record/processing-record.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { SubProcessorsModule } from './sub-processors/sub-processors.module.js';
import { SubjectRequestsModule } from './subject-requests/subject-requests.module.js';
import { TransparencyModule } from './transparency/transparency.module.js';


export interface AppOptions {
  config: Config;
  databaseUrl: string;
  clock: Clock;
  /** Serve the built admin UI at / (off for the CLI). */
  serveUi?: boolean;
  /** Run the job worker in this process (the server does; the CLI and some tests do not). */
  worker?: boolean;
  /** Where the request log goes instead of stdout (tests read it back). */
  logStream?: { write(line: string): void };
  /** Modules an entry point composes in beside the product's own (the demo data, outside production only). */
  modules?: (Type | DynamicModule)[];
}

/** Configuration, the clock and units of work: one of each for the whole application (the access module provides the grant source). */
@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock },
        { provide: RUN_WORKER, useValue: options.worker ?? true },
        Transactions,
      ],
      exports: [CONFIG, Clock, RUN_WORKER, Transactions],
    };
  }
}

@Module({})
export class AppModule {
  /** `logger` is the application's pino logger (see requestLogger), which the HTTP server writes its request lines to. */
  static forRoot(options: AppOptions, logger: Logger): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        // The application's own logs go through the same pino as the request lines, but nestjs-pino mounts no middleware:
        // its per-request AsyncLocalStorage scope turns on promise hooks for every promise of every request, a cost each
        // request pays in CPU. The request line carries the request id, and a logged fault names it (HttpExceptionFilter).
        LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrations: MIGRATIONS,
          migrationsTransactionMode: 'each',
          extra: { max: config.dbPoolSize },
        }),
        ThrottlerModule.forRoot({
          throttlers: [
            // Per address, so one attacker cannot cycle through everyone's lockouts; per account, so many cannot hammer one.
            { name: 'address', ttl: 60_000, limit: config.loginRatePerMinute },
            {
              name: 'account', ttl: 60_000, limit: config.loginAccountRatePerMinute,
              getTracker: (req: Record<string, unknown>) => String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase(),
            },
          ],
          errorMessage: 'too many sign-in attempts; wait a minute and try again',
        }),
        JobsModule,
        MailModule,
        AuditModule,
        AuthModule,
        StaffModule,
        SettingsModule,
        CasesModule,
        TransparencyModule, // before content: its /settings/:id/access-report must not be read as a content kind
        ContentModule,
        AccessModule,
        IncidentsModule,
        HealthModule,
        // Processor operations: retention, export, sub-processors, term reviews, transparency, Art. 30, subject requests.
        RetentionModule,
        ExportsModule,
        SubProcessorsModule,
        AccessReviewsModule,
        ProcessingRecordModule,
        SubjectRequestsModule,
        ...(options.modules ?? []),
      ],
      providers: [
        { provide: APP_GUARD, useClass: SessionAuthGuard },
        { provide: APP_GUARD, useClass: PoliciesGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
