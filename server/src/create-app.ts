import 'reflect-metadata';
import fastifyAccepts from '@fastify/accepts';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import path from 'node:path';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppOptions } from './app.module.js';
import { AuthService } from './auth/auth.service.js';
import { clientIp } from './auth/principal.js';
import { ErrorDto, finishDocument } from './common/api-document.js';
import { codeForStatus, ErrorCode } from './common/error-codes.js';
import { projectRoot } from './common/paths.js';
import { isApiUrl } from './common/redact.js';
import { requestLogger, RequestLines } from './common/request-log.js';
import { uiAssets } from './common/ui-assets.js';
import { nulCharacterRefusal, validationPipe } from './common/validation.js';

/** The largest request body the API reads, in kilobytes. */
const BODY_LIMIT_KB = 100;

/** A failure reading the body, before any route runs (malformed JSON, a body too large): the client's, never a 500. */
const isBodyError = (err: FastifyError) => (err.statusCode ?? 500) < 500 && err.code?.startsWith('FST_ERR_CTP_') === true;

/**
 * Answers a body failure with a JSON 4xx carrying the catalogue's code; a refused sign-in is audited first, like any
 * other refused sign-in, so the event is written before the answer leaves.
 */
async function answerBodyError(err: FastifyError, req: FastifyRequest, reply: FastifyReply, auth: AuthService): Promise<void> {
  const status = err.statusCode!;
  if (req.routeOptions.url === '/api/auth/login') await auth.refused(undefined, clientIp(req), 'bad_input').catch(() => undefined);
  const [code, message] = status === 413 ? [ErrorCode.PayloadTooLarge, `the request body is larger than ${BODY_LIMIT_KB}kb`]
    : status === 400 ? [ErrorCode.MalformedBody, 'the request body is not valid JSON']
    : [codeForStatus(status), err.message];
  await reply.status(status).send({ statusCode: status, code, message });
}

/**
 * TRUST_PROXY as the server applies it: addresses/CIDRs as given; a hop count trusts that many hops nearest the server
 * (Fastify itself trusts no hop for a bare count), as the configuration has always meant.
 */
function proxyTrust(trust: false | number | string[]): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Nest's adapter, with body failures answered before Nest's own error handling sees them (see answerBodyError). */
class Adapter extends FastifyAdapter {
  auth?: () => AuthService;

  override setErrorHandler(handler: Parameters<FastifyAdapter['setErrorHandler']>[0]) {
    const self = this;
    return super.setErrorHandler(function (this: unknown, err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
      if (self.auth && isBodyError(err)) return answerBodyError(err, req, reply, self.auth());
      return (handler as (this: unknown, ...args: unknown[]) => unknown).call(this, err, req, reply);
    } as never);
  }
}

/**
 * The API reads JSON bodies only, as it always has: an empty JSON body is `{}` (so an action a client posts with the
 * JSON content type and nothing else still works), and a body of any other type is read up to the server's limit and left
 * unparsed, so a route that needs fields refuses it as bad input. Prototype keys in JSON are refused (`400`).
 */
function bodyParsers(fastify: FastifyInstance): void {
  const json = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body: Buffer, done) =>
    body.length === 0 ? done(null, {}) : json(req, body.toString('utf8'), done));
  for (const type of ['text/plain', '*']) {
    fastify.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, _body, done) => done(null, undefined));
  }
}

/** The HTTP application as production runs it; tests use the same, with their own clock and database. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const logger = requestLogger(options.config, options.logStream);
  const adapter = new Adapter({
    loggerInstance: logger,
    logController: new RequestLines(),
    trustProxy: proxyTrust(options.config.trustProxy),
    bodyLimit: BODY_LIMIT_KB * 1024, // every body parser's limit
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 1000 },
  });
  // The body parsers are the application's own (see bodyParsers), not Nest's JSON and form parsers.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options, logger), adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  adapter.auth = () => app.get(AuthService);
  const fastify = app.getHttpAdapter().getInstance();
  const production = options.config.production;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'script-src': ["'self'"],
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
    strictTransportSecurity: production,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyAccepts);
  bodyParsers(fastify);
  fastify.addHook('onRequest', async (req, reply) => {
    if (!isApiUrl(req.url)) return;
    // API answers are never cached, and the browser may read the list headers.
    reply.header('Access-Control-Expose-Headers', 'Content-Range, X-Total-Estimated');
    reply.header('Cache-Control', 'no-store');
  });
  fastify.addHook('preValidation', async (req, reply) => {
    const refusal = isApiUrl(req.url) ? nulCharacterRefusal(req.body, req.query) : undefined;
    if (refusal) return reply.status(400).send(refusal);
  });
  if (options.serveUi) await uiAssets(app, path.join(projectRoot(), 'admin-ui', 'dist'));
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
