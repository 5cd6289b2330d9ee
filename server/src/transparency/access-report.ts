import { stringify } from 'csv-stringify/sync';

/** One content access to a setting, as its DPO is told of it. */
export interface AccessReportRow {
  at: string;
  staffId: string | null;
  staffName: string | null;
  roles: string[];
  action: 'read' | 'investigation_copy';
  grantId: string | null;
  caseId: string | null;
  caseTitle: string | null;
  justification: string | null;
  kinds: string[];
  recordCount: number;
}

export interface RawAccess {
  at: Date;
  actor_id: string | null;
  staff_name: string | null;
  roles: string[] | null;
  action: string;
  grant_id: string | null;
  case_id: string | null;
  case_title: string | null;
  justification: string | null;
  detail: { kind?: string; kinds?: string[]; recordIds?: string[] | Record<string, string[]> };
}

export function toRow(r: RawAccess): AccessReportRow {
  const ids = r.detail.recordIds;
  const recordCount = Array.isArray(ids) ? ids.length : ids ? Object.values(ids).reduce((n, list) => n + list.length, 0) : 0;
  return {
    at: new Date(r.at).toISOString(),
    staffId: r.actor_id,
    staffName: r.staff_name,
    roles: r.roles ?? [],
    action: r.action === 'content.copy' ? 'investigation_copy' : 'read',
    grantId: r.grant_id,
    caseId: r.case_id,
    caseTitle: r.case_title,
    justification: r.justification,
    kinds: r.detail.kinds ?? (r.detail.kind ? [r.detail.kind] : []),
    recordCount,
  };
}

const COLUMNS = ['at', 'staffName', 'roles', 'action', 'caseTitle', 'justification', 'kinds', 'recordCount', 'staffId', 'caseId', 'grantId'] as const;

export function reportCsv(rows: AccessReportRow[]): string {
  return stringify([
    [...COLUMNS],
    ...rows.map((r) => COLUMNS.map((c) => (Array.isArray(r[c]) ? (r[c] as string[]).join(' ') : r[c] ?? ''))),
  ]);
}

/** The email body: one line per access, readable without opening an attachment. */
export function reportText(settingName: string, month: string, rows: AccessReportRow[]): string {
  return [
    `Every access by our staff to the records of ${settingName} in ${month} (UTC), as we promised you can ask us for:`,
    '',
    ...rows.map((r) => `${r.at.replace('T', ' ').slice(0, 16)}  ${r.staffName ?? 'unknown'} (${r.roles.join(', ')}) — ${r.action === 'read' ? 'read' : 'anonymised copy of'} ${r.kinds.join(', ')}: ${r.recordCount} record(s); case "${r.caseTitle ?? '-'}"; why: ${r.justification ?? '-'}`),
    '',
    `${rows.length} access(es) in all. Every access was approved by an IT manager for one support case, and consented to where your policy asks for it.`,
    '',
    'The same report as CSV:',
    '',
    reportCsv(rows),
  ].join('\n');
}
