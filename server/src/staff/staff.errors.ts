import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-codes.js';

/** Staff accounts' share of the error catalogue; a weak password is the same refusal as at sign-in. */
export const StaffErrorCode = {
  NotFound: ErrorCode.StaffNotFound,
  EmailTaken: ErrorCode.EmailTaken,
  WeakPassword: ErrorCode.WeakPassword,
  SelfLockout: ErrorCode.SelfLockout,
  SessionNotFound: ErrorCode.SessionNotFound,
  TwoFactorOff: ErrorCode.TwoFactorOff,
  IncompatibleRoles: ErrorCode.IncompatibleRoles,
  Inactive: ErrorCode.StaffInactive,
} as const;
export type StaffErrorCode = (typeof StaffErrorCode)[keyof typeof StaffErrorCode];

export class StaffError extends DomainError<StaffErrorCode> {}
