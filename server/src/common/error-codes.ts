/**
 * Every refusal the API can give, by code, and the one HTTP status each answers with. The map is a
 * `Record<ErrorCode, number>`, so a code without a status does not compile; module error classes draw their codes
 * from here, and the exception filter gives every error response one of them.
 */
export enum ErrorCode {
  // Any resource, any route.
  BadInput = 'bad_input',
  ValidationFailed = 'validation_failed',
  MalformedBody = 'malformed_body',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  InvalidValue = 'invalid_value',
  NotSignedIn = 'not_signed_in',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  RouteNotFound = 'route_not_found',
  MethodNotAllowed = 'method_not_allowed',
  Conflict = 'conflict',
  DuplicateRecord = 'duplicate_record',
  RelatedRecordConflict = 'related_record_conflict',
  Gone = 'gone',
  RateLimited = 'rate_limited',
  InternalError = 'internal_error',
  Unavailable = 'unavailable',

  // Signing in.
  BadCredentials = 'bad_credentials',
  Locked = 'locked',
  MissingCsrfHeader = 'missing_csrf_header',
  WeakPassword = 'weak_password',
  TwoFactorRequired = 'two_factor_required',
  TwoFactorWrong = 'two_factor_wrong',
  TwoFactorCodeInvalid = 'two_factor_code_invalid',
  TwoFactorState = 'two_factor_state',
  TwoFactorSetupRequired = 'two_factor_setup_required',
  ResetLinkUnknown = 'reset_link_unknown',
  ResetLinkClosed = 'reset_link_closed',

  // Staff.
  StaffNotFound = 'staff_not_found',
  EmailTaken = 'email_taken',
  SelfLockout = 'self_lockout',
  SessionNotFound = 'session_not_found',
  TwoFactorOff = 'two_factor_off',
  IncompatibleRoles = 'incompatible_roles',
  StaffInactive = 'staff_inactive',

  // Developer access.
  AccessRequestNotFound = 'access_request_not_found',
  CaseNotOpen = 'case_not_open',
  DuplicateRequest = 'duplicate_request',
  SelfApproval = 'self_approval',
  AccessNotAllowed = 'access_not_allowed',
  AlreadyDecided = 'already_decided',
  NotRevocable = 'not_revocable',
  NoConsentAddress = 'no_consent_address',
  ConsentLinkUnknown = 'consent_link_unknown',
  ConsentLinkUsed = 'consent_link_used',
  ConsentLinkExpired = 'consent_link_expired',
  GrantNotActive = 'grant_not_active',
  InvestigationNotFound = 'investigation_not_found',
  InvestigationExists = 'investigation_exists',
  InvestigationDeleted = 'investigation_deleted',
  InvestigationCopyFailed = 'investigation_copy_failed',
  TrainingRequired = 'training_required',

  // Exports.
  SettingNotFound = 'setting_not_found',
  NoDpoAddress = 'no_dpo_address',
  SettingPurged = 'setting_purged',
  ExportLinkUnknown = 'export_link_unknown',
  ExportLinkUsed = 'export_link_used',
  ExportLinkExpired = 'export_link_expired',

  // Incidents.
  IncidentNotFound = 'incident_not_found',
  IncidentResolved = 'incident_resolved',
  SettingNotAffected = 'setting_not_affected',
  UnknownSettings = 'unknown_settings',
  CaseNotFound = 'case_not_found',
  CaseLinkedElsewhere = 'case_linked_elsewhere',
  NoRecipients = 'no_recipients',
  BreachCannotBeWithdrawn = 'breach_cannot_be_withdrawn',
  IncidentForbidden = 'incident_forbidden',
  NotABreach = 'not_a_breach',
}

export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadInput]: 400,
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.MalformedBody]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.InvalidValue]: 400,
  [ErrorCode.NotSignedIn]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.RouteNotFound]: 404,
  [ErrorCode.MethodNotAllowed]: 405,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.DuplicateRecord]: 409,
  [ErrorCode.RelatedRecordConflict]: 409,
  [ErrorCode.Gone]: 410,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.InternalError]: 500,
  [ErrorCode.Unavailable]: 503,

  [ErrorCode.BadCredentials]: 401,
  [ErrorCode.Locked]: 423,
  [ErrorCode.MissingCsrfHeader]: 403,
  [ErrorCode.WeakPassword]: 400,
  [ErrorCode.TwoFactorRequired]: 401,
  [ErrorCode.TwoFactorWrong]: 401,
  [ErrorCode.TwoFactorCodeInvalid]: 400,
  [ErrorCode.TwoFactorState]: 409,
  [ErrorCode.TwoFactorSetupRequired]: 403,
  [ErrorCode.ResetLinkUnknown]: 404,
  [ErrorCode.ResetLinkClosed]: 409,

  [ErrorCode.StaffNotFound]: 404,
  [ErrorCode.EmailTaken]: 409,
  [ErrorCode.SelfLockout]: 409,
  [ErrorCode.SessionNotFound]: 404,
  [ErrorCode.TwoFactorOff]: 409,
  [ErrorCode.IncompatibleRoles]: 400,
  [ErrorCode.StaffInactive]: 409,

  [ErrorCode.AccessRequestNotFound]: 404,
  [ErrorCode.CaseNotOpen]: 409,
  [ErrorCode.DuplicateRequest]: 409,
  [ErrorCode.SelfApproval]: 403,
  [ErrorCode.AccessNotAllowed]: 403,
  [ErrorCode.AlreadyDecided]: 409,
  [ErrorCode.NotRevocable]: 409,
  [ErrorCode.NoConsentAddress]: 409,
  [ErrorCode.ConsentLinkUnknown]: 404,
  [ErrorCode.ConsentLinkUsed]: 409,
  [ErrorCode.ConsentLinkExpired]: 409,
  [ErrorCode.GrantNotActive]: 409,
  [ErrorCode.InvestigationNotFound]: 404,
  [ErrorCode.InvestigationExists]: 409,
  [ErrorCode.InvestigationDeleted]: 410,
  [ErrorCode.InvestigationCopyFailed]: 503,
  [ErrorCode.TrainingRequired]: 409,

  [ErrorCode.SettingNotFound]: 404,
  [ErrorCode.NoDpoAddress]: 409,
  [ErrorCode.SettingPurged]: 409,
  [ErrorCode.ExportLinkUnknown]: 404,
  [ErrorCode.ExportLinkUsed]: 409,
  [ErrorCode.ExportLinkExpired]: 409,

  [ErrorCode.IncidentNotFound]: 404,
  [ErrorCode.IncidentResolved]: 409,
  [ErrorCode.SettingNotAffected]: 400,
  [ErrorCode.UnknownSettings]: 400,
  [ErrorCode.CaseNotFound]: 400,
  [ErrorCode.CaseLinkedElsewhere]: 409,
  [ErrorCode.NoRecipients]: 409,
  [ErrorCode.BreachCannotBeWithdrawn]: 409,
  [ErrorCode.IncidentForbidden]: 403,
  [ErrorCode.NotABreach]: 409,
};

/** The code an HTTP error raised by the framework (a guard, a pipe, the router, the throttler) answers with. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400: return ErrorCode.BadInput;
    case 401: return ErrorCode.NotSignedIn;
    case 403: return ErrorCode.Forbidden;
    case 404: return ErrorCode.NotFound;
    case 405: return ErrorCode.MethodNotAllowed;
    case 409: return ErrorCode.Conflict;
    case 410: return ErrorCode.Gone;
    case 413: return ErrorCode.PayloadTooLarge;
    case 415: return ErrorCode.UnsupportedMediaType;
    case 423: return ErrorCode.Locked;
    case 429: return ErrorCode.RateLimited;
    case 503: return ErrorCode.Unavailable;
    default: return status >= 500 ? ErrorCode.InternalError : ErrorCode.BadInput;
  }
}

/** The body every error response carries (API.md's `{statusCode, message, errors?}`, plus the code). */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: { field: string; messages: string[] }[];
}
