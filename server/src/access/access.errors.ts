import { DomainError } from '../common/domain-error.js';

export enum AccessErrorCode {
  RequestNotFound = 'access_request_not_found',
  BadRequest = 'access_bad_request',
  CaseNotOpen = 'case_not_open',
  DuplicateRequest = 'duplicate_request',
  SelfApproval = 'self_approval',
  NotAllowed = 'access_not_allowed',
  AlreadyDecided = 'already_decided',
  NotRevocable = 'not_revocable',
  NoConsentAddress = 'no_consent_address',
  ConsentLinkUnknown = 'consent_link_unknown',
  ConsentLinkUsed = 'consent_link_used',
  ConsentLinkExpired = 'consent_link_expired',
  GrantNotActive = 'grant_not_active',
  CopyNotFound = 'investigation_not_found',
  CopyExists = 'investigation_exists',
  CopyDeleted = 'investigation_deleted',
  TrainingRequired = 'training_required',
}

const STATUS: Record<AccessErrorCode, number> = {
  [AccessErrorCode.RequestNotFound]: 404,
  [AccessErrorCode.BadRequest]: 400,
  [AccessErrorCode.CaseNotOpen]: 409,
  [AccessErrorCode.DuplicateRequest]: 409,
  [AccessErrorCode.SelfApproval]: 403,
  [AccessErrorCode.NotAllowed]: 403,
  [AccessErrorCode.AlreadyDecided]: 409,
  [AccessErrorCode.NotRevocable]: 409,
  [AccessErrorCode.NoConsentAddress]: 409,
  [AccessErrorCode.ConsentLinkUnknown]: 404,
  [AccessErrorCode.ConsentLinkUsed]: 409,
  [AccessErrorCode.ConsentLinkExpired]: 409,
  [AccessErrorCode.GrantNotActive]: 409,
  [AccessErrorCode.CopyNotFound]: 404,
  [AccessErrorCode.CopyExists]: 409,
  [AccessErrorCode.CopyDeleted]: 410,
  [AccessErrorCode.TrainingRequired]: 409,
};

export class AccessError extends DomainError<AccessErrorCode> {
  get status() {
    return STATUS[this.code];
  }
}
