import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-codes.js';

/** Exports' share of the error catalogue. */
export const ExportErrorCode = {
  SettingNotFound: ErrorCode.SettingNotFound,
  NoAddress: ErrorCode.NoDpoAddress,
  Purged: ErrorCode.SettingPurged,
  LinkUnknown: ErrorCode.ExportLinkUnknown,
  LinkUsed: ErrorCode.ExportLinkUsed,
  LinkExpired: ErrorCode.ExportLinkExpired,
} as const;
export type ExportErrorCode = (typeof ExportErrorCode)[keyof typeof ExportErrorCode];

export class ExportError extends DomainError<ExportErrorCode> {}
