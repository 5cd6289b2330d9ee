import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error.js';
import { codeForStatus, ERROR_STATUS, ErrorCode, type ErrorBody } from './error-codes.js';

/** PostgreSQL refusals of a value the validators let through: still the client's input. */
const INVALID_VALUE = ['22P02', '22007', '22008', '22003', '22021', '23514', '23502'];

const body = (code: ErrorCode, message: string, errors?: ErrorBody['errors']): ErrorBody =>
  ({ statusCode: ERROR_STATUS[code], code, message, ...(errors ? { errors } : {}) });

/** Turns any thrown value into the catalogue's error body. */
export function errorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) return body(exception.code as ErrorCode, exception.message);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const r = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
    const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
    const given = typeof r.code === 'string' && Object.hasOwn(ERROR_STATUS, r.code) ? (r.code as ErrorCode) : undefined;
    // The router's own 404 names the method and path it could not match.
    const code = given ?? (status === 404 && message.startsWith('Cannot ') ? ErrorCode.RouteNotFound : codeForStatus(status));
    const errors = Array.isArray(r.errors) ? (r.errors as ErrorBody['errors']) : undefined;
    return { statusCode: status, code, message, ...(errors ? { errors } : {}) };
  }
  if (exception instanceof QueryFailedError) {
    const sqlState = (exception.driverError as { code?: string } | undefined)?.code ?? '';
    if (INVALID_VALUE.includes(sqlState)) return body(ErrorCode.InvalidValue, 'a value is not valid');
    if (sqlState === '23505') return body(ErrorCode.DuplicateRecord, 'that record already exists');
    if (sqlState === '23503') return body(ErrorCode.RelatedRecordConflict, 'a related record is missing or still in use');
  }
  return body(ErrorCode.InternalError, 'internal error');
}

/** Every error leaves as `{statusCode, code, message, errors?}`; only a genuine fault is a 500, and it is logged. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<FastifyReply>();
    const out = errorBody(exception);
    if (out.statusCode >= 500) {
      // The id the request logger gave this request, so the fault can be found beside its request line.
      const id = (host.switchToHttp().getRequest<{ id?: unknown }>()).id;
      this.logger.error(`request ${String(id ?? '-')}: ${exception instanceof Error ? exception.stack : String(exception)}`);
    }
    if (!res.sent && !res.raw.headersSent) void res.status(out.statusCode).send(out);
  }
}
