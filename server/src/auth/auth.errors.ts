import { DomainError } from '../common/domain-error.js';

export enum AuthErrorCode {
  BadCredentials = 'bad_credentials',
  Locked = 'locked',
  NotSignedIn = 'not_signed_in',
  MissingCsrfHeader = 'missing_csrf_header',
  WeakPassword = 'weak_password',
  TwoFactorRequired = 'two_factor_required',
  TwoFactorWrong = 'two_factor_wrong',
  TwoFactorCodeInvalid = 'two_factor_code_invalid',
  TwoFactorState = 'two_factor_state',
  TwoFactorSetupRequired = 'two_factor_setup_required',
  ResetLinkUnknown = 'reset_link_unknown',
  ResetLinkClosed = 'reset_link_closed',
}

const STATUS: Record<AuthErrorCode, number> = {
  [AuthErrorCode.BadCredentials]: 401,
  [AuthErrorCode.Locked]: 423,
  [AuthErrorCode.NotSignedIn]: 401,
  [AuthErrorCode.MissingCsrfHeader]: 403,
  [AuthErrorCode.WeakPassword]: 400,
  [AuthErrorCode.TwoFactorRequired]: 401,
  [AuthErrorCode.TwoFactorWrong]: 401,
  [AuthErrorCode.TwoFactorCodeInvalid]: 400,
  [AuthErrorCode.TwoFactorState]: 409,
  [AuthErrorCode.TwoFactorSetupRequired]: 403,
  [AuthErrorCode.ResetLinkUnknown]: 404,
  [AuthErrorCode.ResetLinkClosed]: 409,
};

export class AuthError extends DomainError<AuthErrorCode> {
  get status() {
    return STATUS[this.code];
  }
}
