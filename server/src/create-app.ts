import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import path from 'node:path';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, REQUEST_LOGGER, type AppOptions } from './app.module.js';
import { AuthService } from './auth/auth.service.js';
import { clientIp } from './auth/principal.js';
import { ErrorDto, finishDocument } from './common/api-document.js';
import { codeForStatus, ErrorCode } from './common/error-codes.js';
import { projectRoot } from './common/paths.js';
import { uiAssets } from './common/ui-assets.js';
import { rejectNulCharacters, validationPipe } from './common/validation.js';

export const BODY_LIMIT = '100kb';

/** Body-parser failures (malformed JSON, too large, wrong charset) are the client's: a JSON 4xx, never a 500; a refused sign-in is audited. */
const bodyErrors = (app: NestExpressApplication) => (err: { status?: number; type?: string; message?: string }, req: Request, res: Response, next: NextFunction) => {
  if (!err?.status || err.status >= 500) return next(err);
  if (req.path.toLowerCase() === '/auth/login') void app.get(AuthService).refused(undefined, clientIp(req), 'bad_input').catch(() => undefined);
  const message = err.type === 'entity.parse.failed' ? 'the request body is not valid JSON'
    : err.type === 'entity.too.large' ? `the request body is larger than ${BODY_LIMIT}`
    : err.message ?? 'bad request body';
  const code = err.type === 'entity.parse.failed' ? ErrorCode.MalformedBody : codeForStatus(err.status);
  res.status(err.status).json({ statusCode: err.status, code, message });
};

/** The HTTP application as production runs it; tests use the same, with their own clock and database. */
export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.use('/api', app.get<RequestHandler>(REQUEST_LOGGER));
  app.disable('x-powered-by');
  // API answers are never cached (`no-store`), so hashing every body for an ETag is wasted work; the UI's files keep theirs.
  app.set('etag', false);
  app.set('trust proxy', options.config.trustProxy);
  const production = options.config.production;
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'script-src': ["'self'"],
          'upgrade-insecure-requests': production ? [] : null,
        },
      },
      strictTransportSecurity: production,
    }),
  );
  app.use(cookieParser());
  if (options.serveUi) app.use(uiAssets(path.join(projectRoot(), 'admin-ui', 'dist')));
  app.use('/api', express.json({ limit: BODY_LIMIT, strict: true }), bodyErrors(app), rejectNulCharacters);
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range, X-Total-Estimated');
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(validationPipe());

  const docs = new DocumentBuilder()
    .setTitle('Custodian API')
    .setDescription('The back office: settings without content, time-boxed developer access, critical escalation.')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'the token from `POST /api/auth/login`' }, 'bearer')
    .addCookieAuth('sid', { type: 'apiKey', in: 'cookie', name: 'sid', description: 'writes also need `X-Requested-With: custodian`' }, 'cookie')
    .build();
  SwaggerModule.setup('api/docs', app, () => finishDocument(app, SwaggerModule.createDocument(app, docs, { extraModels: [ErrorDto] })));
  return app;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
