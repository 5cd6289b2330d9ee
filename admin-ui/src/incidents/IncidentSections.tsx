import { Box, Chip, Pagination, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { ChipField, DataTable, DateField, List, TextField as RaTextField, useGetList, type RaRecord } from 'react-admin';
import { CONTACT_LABELS, when, type Incident } from './common';

interface Entry extends RaRecord {
  seq: number;
  at: string;
  kind: string;
  actorName: string | null;
  settingName: string | null;
  contactKind: string | null;
  decision: string | null;
  audience: string | null;
  message: string | null;
  dueAt: string | null;
  onTime: boolean | null;
  recipients: number | null;
  detail: Record<string, unknown>;
}

const KIND_LABELS: Record<string, string> = {
  declared: 'Declared',
  customer_update: 'Customer update',
  internal_update: 'Internal update',
  decision: 'IT decision',
  contact: 'Contact',
  case_linked: 'Case linked',
  portal_message: 'Portal message',
  affected_settings: 'Affected settings',
  breach_flagged: 'Data breach flagged',
  owner_changed: 'Owner changed',
  reminder: 'Reminder',
  overdue: 'Overdue',
  resolved: 'Resolved',
  late_declaration: 'Declared late',
  breach_notice: 'Breach notice (Art. 33)',
};

const KIND_COLOR: Record<string, 'default' | 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'info'> = {
  customer_update: 'primary', internal_update: 'info', decision: 'secondary', overdue: 'error', reminder: 'warning',
  breach_flagged: 'error', resolved: 'success', contact: 'success', late_declaration: 'warning', breach_notice: 'error',
};

function describe(e: Entry): string {
  switch (e.kind) {
    case 'customer_update': return `${e.message ?? ''} — to ${e.recipients} setting(s), ${e.onTime ? 'on time' : 'late'}`;
    case 'internal_update': return `${e.message ?? ''} — to ${e.recipients} colleague(s)`;
    case 'decision': return `${e.decision === 'remove_functionality' ? 'Remove the functionality' : 'Keep the functionality'}: ${e.message ?? ''}`;
    case 'contact': return `${CONTACT_LABELS[e.contactKind ?? ''] ?? e.contactKind} with ${e.settingName ?? 'a setting'}${e.detail?.via === 'email' ? ' (emailed)' : ''}: ${e.message ?? ''}`;
    case 'case_linked': return `${e.message ?? ''}${e.settingName ? ` (${e.settingName})` : ''}`;
    case 'portal_message': return e.message ? `“${e.message}”` : 'Taken down';
    default: return e.message ?? '';
  }
}

/** Everything that happened, newest first: updates, decisions, contacts, cases, the portal message. */
export function Timeline({ incident }: { incident: Incident }) {
  const [page, setPage] = useState(1);
  const perPage = 50;
  const { data = [], total = 0, isPending } = useGetList<Entry>(`incidents/${incident.id}/timeline`, {
    pagination: { page, perPage }, sort: { field: 'seq', order: 'DESC' }, filter: {},
  });
  if (isPending) return <Typography variant="body2">Loading…</Typography>;
  return (
    <Box aria-label="Timeline">
      <Table size="small">
        <TableBody>
          {data.map((e) => (
            <TableRow key={e.id} data-kind={e.kind}>
              <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top', width: 170 }}>{when(e.at)}</TableCell>
              <TableCell sx={{ verticalAlign: 'top', width: 170 }}>
                <Chip size="small" label={KIND_LABELS[e.kind] ?? e.kind} color={KIND_COLOR[e.kind] ?? 'default'} variant="outlined" />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{describe(e)}</TableCell>
              <TableCell sx={{ verticalAlign: 'top', width: 160 }}>
                <Typography variant="caption" color="text.secondary">{e.actorName ?? 'system'}</Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > perPage && <Pagination sx={{ mt: 1 }} count={Math.ceil(total / perPage)} page={page} onChange={(_e, p) => setPage(p)} />}
    </Box>
  );
}

interface Registered extends RaRecord {
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  dpoEmail: string | null;
  addedAt: string;
}

/** The affected-settings register, searchable, with the contact details the calls need. */
export function Register({ incident }: { incident: Incident }) {
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const perPage = 25;
  const { data = [], total = 0 } = useGetList<Registered>(`incidents/${incident.id}/affected-settings`, {
    pagination: { page, perPage }, sort: { field: 'name', order: 'ASC' }, filter: q ? { q } : {},
  });
  return (
    <Box aria-label="Affected settings">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{incident.affectedSettingsCount} settings affected</Typography>
        <TextField size="small" label="Search" value={q} onChange={(e) => { setQ(e.target.value); setPage(1); }} />
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow><TableCell>Setting</TableCell><TableCell>Contact email</TableCell><TableCell>Phone</TableCell><TableCell>DPO</TableCell><TableCell>Added</TableCell></TableRow>
        </TableHead>
        <TableBody>
          {data.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{s.name}</TableCell>
              <TableCell>{s.contactEmail ?? <Typography variant="caption" color="warning.main">none — telephone</Typography>}</TableCell>
              <TableCell>{s.contactPhone ?? '—'}</TableCell>
              <TableCell>{s.dpoEmail ?? '—'}</TableCell>
              <TableCell>{when(s.addedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > perPage && <Pagination sx={{ mt: 1 }} count={Math.ceil(total / perPage)} page={page} onChange={(_e, p) => setPage(p)} />}
    </Box>
  );
}

/** The emails this incident caused: queued, sent, captured or failed (IT, SMT and admins only). */
export function IncidentMail({ incident }: { incident: Incident }) {
  return (
    <List resource="outbox" filter={{ incidentId: incident.id }} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}
      actions={false} disableSyncWithLocation storeKey={`incident-mail-${incident.id}`} title=" ">
      <DataTable rowClick={(id) => `/outbox/${id}/show`} bulkActionButtons={false}>
        <DataTable.Col source="createdAt" label="Written"><DateField locales="en-GB" source="createdAt" showTime /></DataTable.Col>
        <DataTable.Col source="kind"><RaTextField source="kind" /></DataTable.Col>
        <DataTable.Col source="to" />
        <DataTable.Col source="status"><ChipField source="status" size="small" variant="outlined" /></DataTable.Col>
        <DataTable.Col source="sentAt" label="Sent"><DateField locales="en-GB" source="sentAt" showTime emptyText="—" /></DataTable.Col>
      </DataTable>
    </List>
  );
}
