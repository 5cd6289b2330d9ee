import { DomainError } from '../common/domain-error.js';

export enum IncidentErrorCode {
  NotFound = 'incident_not_found',
  Resolved = 'incident_resolved',
  BadInput = 'incident_bad_input',
  NotAffected = 'setting_not_affected',
  UnknownSettings = 'unknown_settings',
  CaseNotFound = 'case_not_found',
  CaseLinkedElsewhere = 'case_linked_elsewhere',
  NoRecipients = 'no_recipients',
  BreachCannotBeWithdrawn = 'breach_cannot_be_withdrawn',
  Forbidden = 'incident_forbidden',
  NotABreach = 'not_a_breach',
}

const STATUS: Record<IncidentErrorCode, number> = {
  [IncidentErrorCode.NotFound]: 404,
  [IncidentErrorCode.Resolved]: 409,
  [IncidentErrorCode.BadInput]: 400,
  [IncidentErrorCode.NotAffected]: 400,
  [IncidentErrorCode.UnknownSettings]: 400,
  [IncidentErrorCode.CaseNotFound]: 400,
  [IncidentErrorCode.CaseLinkedElsewhere]: 409,
  [IncidentErrorCode.NoRecipients]: 409,
  [IncidentErrorCode.BreachCannotBeWithdrawn]: 409,
  [IncidentErrorCode.Forbidden]: 403,
  [IncidentErrorCode.NotABreach]: 409,
};

export class IncidentError extends DomainError<IncidentErrorCode> {
  get status() {
    return STATUS[this.code];
  }

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
