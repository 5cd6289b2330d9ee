import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';

interface ErrorBody {
  statusCode: number;
  message: string;
  code?: string;
  errors?: unknown;
}

/** Every error leaves as `{statusCode, message, errors?}`; only a genuine fault is a 500, and it is logged. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return { statusCode: exception.status, message: exception.message, code: exception.code };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return { statusCode: status, message: response };
      const r = response as Record<string, unknown>;
      const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
      return { statusCode: status, message, ...(r.errors ? { errors: r.errors } : {}) };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      // Values the validators let through but Postgres refuses are still the client's input.
      if (['22P02', '22007', '22008', '22003', '22021', '23514', '23502'].includes(code ?? '')) {
        return { statusCode: 400, message: 'a value is not valid' };
      }
      if (code === '23505') return { statusCode: 409, message: 'that record already exists' };
      if (code === '23503') return { statusCode: 409, message: 'a related record is missing or still in use' };
    }
    return { statusCode: 500, message: 'internal error' };
  }
}
