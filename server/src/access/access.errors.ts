import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-codes.js';

/** Developer access's share of the error catalogue; a malformed request is the catalogue's one `bad_input`. */
export const AccessErrorCode = {
  RequestNotFound: ErrorCode.AccessRequestNotFound,
  BadRequest: ErrorCode.BadInput,
  CaseNotOpen: ErrorCode.CaseNotOpen,
  DuplicateRequest: ErrorCode.DuplicateRequest,
  SelfApproval: ErrorCode.SelfApproval,
  NotAllowed: ErrorCode.AccessNotAllowed,
  AlreadyDecided: ErrorCode.AlreadyDecided,
  NotRevocable: ErrorCode.NotRevocable,
  NoConsentAddress: ErrorCode.NoConsentAddress,
  ConsentLinkUnknown: ErrorCode.ConsentLinkUnknown,
  ConsentLinkUsed: ErrorCode.ConsentLinkUsed,
  ConsentLinkExpired: ErrorCode.ConsentLinkExpired,
  GrantNotActive: ErrorCode.GrantNotActive,
  CopyNotFound: ErrorCode.InvestigationNotFound,
  CopyExists: ErrorCode.InvestigationExists,
  CopyDeleted: ErrorCode.InvestigationDeleted,
  CopyFailed: ErrorCode.InvestigationCopyFailed,
  TrainingRequired: ErrorCode.TrainingRequired,
} as const;
export type AccessErrorCode = (typeof AccessErrorCode)[keyof typeof AccessErrorCode];

export class AccessError extends DomainError<AccessErrorCode> {}
