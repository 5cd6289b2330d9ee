import { DomainError } from '../common/domain-error.js';

export enum AuthErrorCode {
  BadCredentials = 'bad_credentials',
  Locked = 'locked',
  NotSignedIn = 'not_signed_in',
  MissingCsrfHeader = 'missing_csrf_header',
  WeakPassword = 'weak_password',
}

const STATUS: Record<AuthErrorCode, number> = {
  [AuthErrorCode.BadCredentials]: 401,
  [AuthErrorCode.Locked]: 423,
  [AuthErrorCode.NotSignedIn]: 401,
  [AuthErrorCode.MissingCsrfHeader]: 403,
  [AuthErrorCode.WeakPassword]: 400,
};

export class AuthError extends DomainError<AuthErrorCode> {
  get status() {
    return STATUS[this.code];
  }
}
