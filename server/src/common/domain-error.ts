/**
 * A refusal the domain understands. Each module has its own subclass with a code enum; the HTTP status comes
 * from the code, so one filter maps them all.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Shared refusals that every module uses the same way. */
export enum CommonErrorCode {
  NotFound = 'not_found',
  Forbidden = 'forbidden',
  Conflict = 'conflict',
  BadInput = 'bad_input',
}

const COMMON_STATUS: Record<CommonErrorCode, number> = {
  [CommonErrorCode.NotFound]: 404,
  [CommonErrorCode.Forbidden]: 403,
  [CommonErrorCode.Conflict]: 409,
  [CommonErrorCode.BadInput]: 400,
};

export class CommonError extends DomainError<CommonErrorCode> {
  get status() {
    return COMMON_STATUS[this.code];
  }
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
