import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams, GetManyReferenceParams, Identifier, RaRecord } from 'react-admin';
import { editableOnly } from './contract';
import { API_URL, httpClient } from './http';

/** The server sorts only by named fields; react-admin's fallback sort on `id` becomes the resource's own default. */
const DEFAULT_SORT: Readonly<Record<string, { field: string; order: 'ASC' | 'DESC' }>> = {
  settings: { field: 'name', order: 'ASC' },
  cases: { field: 'createdAt', order: 'DESC' },
  staff: { field: 'name', order: 'ASC' },
  'audit-events': { field: 'at', order: 'DESC' },
  outbox: { field: 'createdAt', order: 'DESC' },
  'sub-processors': { field: 'name', order: 'ASC' },
  'access-reviews': { field: 'completedAt', order: 'DESC' },
  'subject-requests': { field: 'dueAt', order: 'ASC' },
};

function withSort<P extends GetListParams | GetManyReferenceParams>(resource: string, params: P): P {
  const fallback = DEFAULT_SORT[resource];
  if (!fallback || (params.sort && params.sort.field !== 'id')) return params;
  return { ...params, sort: fallback };
}

export interface LiveSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
  /** A PNG data URL of the otpauth link, for the authenticator app to scan. */
  qrCode: string;
}

export interface ReviewDue {
  term: string;
  startsAt: string;
  endsAt: string;
  done: boolean;
  reviewId: string | null;
  completedAt: string | null;
}

export interface RosterRow {
  id: string;
  name: string;
  email: string;
  roles: string[];
  lastSignInAt: string | null;
  trainingCompletedAt: string | null;
}

export interface AccessReportRow {
  at: string;
  staffId: string | null;
  staffName: string | null;
  roles: string[];
  action: 'read' | 'investigation_copy';
  caseId: string | null;
  caseTitle: string | null;
  justification: string | null;
  kinds: string[];
  recordCount: number;
}

export interface CustodianDataProvider extends DataProvider {
  /** GET /api/access-reviews/due: this UK school term and whether its review is done. */
  reviewDue(): Promise<{ data: ReviewDue }>;
  /** GET /api/access-reviews/roster: every active member of staff, roles and last sign-in. */
  reviewRoster(): Promise<{ data: RosterRow[] }>;
  /** POST /api/settings/:id/export: the DPO is emailed a single-use download link. */
  exportSetting(id: Identifier): Promise<{ data: { sentTo: string; expiresAt: string } }>;
  /** GET /api/settings/:id/access-report, as rows or as the CSV text. */
  accessReport(id: Identifier, from: string, to: string): Promise<{ data: AccessReportRow[] }>;
  accessReportCsv(id: Identifier, from: string, to: string): Promise<string>;
  /** GET /api/processing-record, as JSON or as Markdown text. */
  processingRecord(): Promise<{ data: Record<string, unknown> }>;
  processingRecordMarkdown(): Promise<string>;
  /** POST /api/auth/two-factor/setup: a new authenticator secret, waiting for its first code. */
  twoFactorSetup(): Promise<{ data: TwoFactorSetup }>;
  /** POST /api/auth/two-factor/enable or /disable, with the app's current code. */
  twoFactorSwitch(on: boolean, code: string): Promise<{ data: { mfaEnabled: boolean } }>;
  /** POST /api/staff/:id/two-factor/reset: an admin's reset for someone who lost their authenticator. */
  resetTwoFactor(id: Identifier): Promise<{ data: RaRecord }>;
  /** POST /api/staff/:id/password-reset: emails that person a single-use link; their sessions and grants end. */
  sendPasswordReset(id: Identifier): Promise<{ data: { id: Identifier } }>;
  /** POST /api/staff/:id/unlock: clears a lockout before it runs out. */
  unlock(id: Identifier): Promise<{ data: RaRecord }>;
  /** GET /api/staff/:id/sessions: who is signed in now, and from where. */
  getSessions(id: Identifier): Promise<{ data: LiveSession[] }>;
  /** DELETE /api/staff/:id/sessions: signs that person out everywhere. */
  endSessions(id: Identifier): Promise<{ data: { id: Identifier } }>;
}

const base = simpleRestProvider(API_URL, httpClient);
const staffUrl = (id: Identifier) => `${API_URL}/staff/${encodeURIComponent(String(id))}`;

/** A text download (CSV, Markdown) through the same session and headers as every other call. */
async function text(url: string, accept: string): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: accept, 'X-Requested-With': 'custodian' } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return res.text();
}

const reportQuery = (from: string, to: string) => new URLSearchParams({ from, to }).toString();

export const dataProvider: CustodianDataProvider = {
  ...base,
  getList: (resource, params) => base.getList(resource, withSort(resource, params)),
  getManyReference: (resource, params) => base.getManyReference(resource, withSort(resource, params)),
  // A PUT carries only what may change; the record's other fields stay with the server.
  update: (resource, params) => base.update(resource, { ...params, data: editableOnly(resource, params.data) }),
  // The list default is 25 rows; ask for exactly the ids wanted so a page of references never comes back short.
  getMany: async (resource, { ids, signal }) => {
    if (ids.length === 0) return { data: [] };
    const query = new URLSearchParams({ filter: JSON.stringify({ id: ids }), range: JSON.stringify([0, ids.length - 1]) });
    const { json } = await httpClient(`${API_URL}/${resource}?${query}`, { signal });
    return { data: json };
  },
  async reviewDue() {
    const { json } = await httpClient(`${API_URL}/access-reviews/due`);
    return { data: json as ReviewDue };
  },
  async reviewRoster() {
    const { json } = await httpClient(`${API_URL}/access-reviews/roster`);
    return { data: json as RosterRow[] };
  },
  async exportSetting(id) {
    const { json } = await httpClient(`${API_URL}/settings/${encodeURIComponent(String(id))}/export`, { method: 'POST' });
    return { data: json as { sentTo: string; expiresAt: string } };
  },
  async accessReport(id, from, to) {
    const { json } = await httpClient(`${API_URL}/settings/${encodeURIComponent(String(id))}/access-report?${reportQuery(from, to)}`);
    return { data: json as AccessReportRow[] };
  },
  accessReportCsv: (id, from, to) => text(`${API_URL}/settings/${encodeURIComponent(String(id))}/access-report?${reportQuery(from, to)}`, 'text/csv'),
  async processingRecord() {
    const { json } = await httpClient(`${API_URL}/processing-record`);
    return { data: json as Record<string, unknown> };
  },
  processingRecordMarkdown: () => text(`${API_URL}/processing-record`, 'text/markdown'),
  async unlock(id) {
    const { json } = await httpClient(`${staffUrl(id)}/unlock`, { method: 'POST' });
    return { data: json as RaRecord };
  },
  async sendPasswordReset(id) {
    await httpClient(`${staffUrl(id)}/password-reset`, { method: 'POST' });
    return { data: { id } };
  },
  async twoFactorSetup() {
    const { json } = await httpClient(`${API_URL}/auth/two-factor/setup`, { method: 'POST' });
    return { data: json as TwoFactorSetup };
  },
  async twoFactorSwitch(on, code) {
    const { json } = await httpClient(`${API_URL}/auth/two-factor/${on ? 'enable' : 'disable'}`, { method: 'POST', body: JSON.stringify({ code }) });
    return { data: (json as { user: { mfaEnabled: boolean } }).user };
  },
  async resetTwoFactor(id) {
    const { json } = await httpClient(`${staffUrl(id)}/two-factor/reset`, { method: 'POST' });
    return { data: json as RaRecord };
  },
  async getSessions(id) {
    const { json } = await httpClient(`${staffUrl(id)}/sessions`);
    return { data: json as LiveSession[] };
  },
  async endSessions(id) {
    await httpClient(`${staffUrl(id)}/sessions`, { method: 'DELETE' });
    return { data: { id } };
  },
};
