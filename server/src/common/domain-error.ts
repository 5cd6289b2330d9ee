import { ERROR_STATUS, ErrorCode } from './error-codes.js';

/**
 * A refusal the domain understands. Each module has its own subclass over its share of the error catalogue; the HTTP
 * status comes from the catalogue, so one filter maps them all.
 */
export abstract class DomainError<Code extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Shared refusals that every module uses the same way. */
export const CommonErrorCode = {
  NotFound: ErrorCode.NotFound,
  Forbidden: ErrorCode.Forbidden,
  Conflict: ErrorCode.Conflict,
  BadInput: ErrorCode.BadInput,
} as const;
export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

export class CommonError extends DomainError<CommonErrorCode> {
  static notFound(what: string) {
    return new CommonError(CommonErrorCode.NotFound, `${what} not found`);
  }
  static badInput(message: string) {
    return new CommonError(CommonErrorCode.BadInput, message);
  }
  static forbidden(message = 'not allowed') {
    return new CommonError(CommonErrorCode.Forbidden, message);
  }
  static conflict(message: string) {
    return new CommonError(CommonErrorCode.Conflict, message);
  }
}
