import { ArgumentsHost, Catch, HttpException, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { HttpExceptionFilter } from '../common/http-exception.filter.js';
import { AuthService } from './auth.service.js';
import { clientIp } from './principal.js';

/** A sign-in refused before the service saw it (a malformed body, too many attempts) is audited like any other outcome. */
@Catch()
@Injectable()
export class LoginRefusalFilter extends HttpExceptionFilter {
  constructor(private readonly auth: AuthService) {
    super();
  }

  override async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    if (exception instanceof HttpException) {
      const req = host.switchToHttp().getRequest<FastifyRequest>();
      const reason = exception.getStatus() === 429 ? 'too_many_attempts' : 'bad_input';
      await this.auth.refused((req.body as { email?: unknown } | undefined)?.email, clientIp(req), reason).catch(() => undefined);
    }
    super.catch(exception, host);
  }
}
