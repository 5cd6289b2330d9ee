import { DomainError } from '../common/domain-error.js';

export enum ExportErrorCode {
  SettingNotFound = 'setting_not_found',
  NoAddress = 'no_dpo_address',
  Purged = 'setting_purged',
  LinkUnknown = 'export_link_unknown',
  LinkUsed = 'export_link_used',
  LinkExpired = 'export_link_expired',
}

const STATUS: Record<ExportErrorCode, number> = {
  [ExportErrorCode.SettingNotFound]: 404,
  [ExportErrorCode.NoAddress]: 409,
  [ExportErrorCode.Purged]: 409,
  [ExportErrorCode.LinkUnknown]: 404,
  [ExportErrorCode.LinkUsed]: 409,
  [ExportErrorCode.LinkExpired]: 409,
};

export class ExportError extends DomainError<ExportErrorCode> {
  get status() {
    return STATUS[this.code];
  }
}
