import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type Logger } from 'pino';
import type { Config } from '../config/config.js';
import { loggablePath } from './redact.js';

// Request logs are written in 4 kB batches off the request path, not one write(2) per request; flushed at exit.
const STDOUT = pino.destination({ dest: 1, sync: false, minLength: 4096 });

/** The application's logger: request lines and everything else, as JSON lines, with secrets kept out. */
export function requestLogger(config: Pick<Config, 'logLevel'>, stream?: { write(line: string): void }): Logger {
  return pino({
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: FastifyRequest) => ({ id: req.id, method: req.method, url: loggablePath(req.url) }),
      res: (res: FastifyReply) => ({ statusCode: res.statusCode }),
    },
  }, stream ?? STDOUT);
}

/**
 * One line per request, written when it completes (method, path without query or emailed token, status, time), under
 * the request's `reqId`; health probes are not logged.
 */
export class RequestLines extends LogController {
  override isLogDisabled(req: FastifyRequest): boolean {
    return req.url === '/api/health';
  }

  override incomingRequest(): void {}

  /** Unknown routes get their line when they complete; the default line would repeat the raw URL, token and all. */
  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error || reply.statusCode >= 500) reply.log.error({ ...line, err: error ?? undefined }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
