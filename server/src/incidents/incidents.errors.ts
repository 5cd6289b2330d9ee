import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-codes.js';

/** Incidents' share of the error catalogue; malformed input is the catalogue's one `bad_input`. */
export const IncidentErrorCode = {
  NotFound: ErrorCode.IncidentNotFound,
  Resolved: ErrorCode.IncidentResolved,
  BadInput: ErrorCode.BadInput,
  NotAffected: ErrorCode.SettingNotAffected,
  UnknownSettings: ErrorCode.UnknownSettings,
  CaseNotFound: ErrorCode.CaseNotFound,
  CaseLinkedElsewhere: ErrorCode.CaseLinkedElsewhere,
  NoRecipients: ErrorCode.NoRecipients,
  BreachCannotBeWithdrawn: ErrorCode.BreachCannotBeWithdrawn,
  Forbidden: ErrorCode.IncidentForbidden,
  NotABreach: ErrorCode.NotABreach,
} as const;
export type IncidentErrorCode = (typeof IncidentErrorCode)[keyof typeof IncidentErrorCode];

export class IncidentError extends DomainError<IncidentErrorCode> {
  static notFound() {
    return new IncidentError(IncidentErrorCode.NotFound, 'incident not found');
  }

  static resolved() {
    return new IncidentError(IncidentErrorCode.Resolved, 'the incident is resolved: it takes no more changes');
  }

  static badInput(message: string) {
    return new IncidentError(IncidentErrorCode.BadInput, message);
  }

  static forbidden(message: string) {
    return new IncidentError(IncidentErrorCode.Forbidden, message);
  }
}
