import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-codes.js';

/** Signing in's share of the error catalogue. */
export const AuthErrorCode = {
  BadCredentials: ErrorCode.BadCredentials,
  Locked: ErrorCode.Locked,
  NotSignedIn: ErrorCode.NotSignedIn,
  MissingCsrfHeader: ErrorCode.MissingCsrfHeader,
  WeakPassword: ErrorCode.WeakPassword,
  TwoFactorRequired: ErrorCode.TwoFactorRequired,
  TwoFactorWrong: ErrorCode.TwoFactorWrong,
  TwoFactorCodeInvalid: ErrorCode.TwoFactorCodeInvalid,
  TwoFactorState: ErrorCode.TwoFactorState,
  TwoFactorSetupRequired: ErrorCode.TwoFactorSetupRequired,
  ResetLinkUnknown: ErrorCode.ResetLinkUnknown,
  ResetLinkClosed: ErrorCode.ResetLinkClosed,
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export class AuthError extends DomainError<AuthErrorCode> {}
