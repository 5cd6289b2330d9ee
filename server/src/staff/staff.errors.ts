import { DomainError } from '../common/domain-error.js';

export enum StaffErrorCode {
  NotFound = 'staff_not_found',
  EmailTaken = 'email_taken',
  WeakPassword = 'weak_password',
  SelfLockout = 'self_lockout',
  SessionNotFound = 'session_not_found',
  TwoFactorOff = 'two_factor_off',
  IncompatibleRoles = 'incompatible_roles',
  Inactive = 'staff_inactive',
}

const STATUS: Record<StaffErrorCode, number> = {
  [StaffErrorCode.NotFound]: 404,
  [StaffErrorCode.EmailTaken]: 409,
  [StaffErrorCode.WeakPassword]: 400,
  [StaffErrorCode.SelfLockout]: 409,
  [StaffErrorCode.SessionNotFound]: 404,
  [StaffErrorCode.TwoFactorOff]: 409,
  [StaffErrorCode.IncompatibleRoles]: 400,
  [StaffErrorCode.Inactive]: 409,
};

export class StaffError extends DomainError<StaffErrorCode> {
  get status() {
    return STATUS[this.code];
  }
}
