import { Alert, Box, Chip, Grid, Typography } from '@mui/material';
import { investigationLabel } from './representation';
import type { ReactElement } from 'react';
import {
  DataTable,
  DateField,
  DeleteButton,
  FunctionField,
  Labeled,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  Show,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { ScopesField } from '../access-requests/AccessStatusField';
import { kindName } from '../access-requests/choices';
import { remaining, useCountdown } from '../access-requests/Countdown';
import { EmptyState } from '../common/EmptyState';
import { InvestigationRows } from './InvestigationRows';

const REASONS: Record<string, string> = {
  grant_expired: 'the grant expired',
  grant_revoked: 'the grant was revoked',
  case_resolved: 'the case was resolved',
  max_age: 'the time limit passed',
  owner_deleted: 'the developer deleted it',
  setting_purged: "the setting's content was purged",
  moved_apart: 'copies moved to their own database',
};

const CLASSES: Record<string, string> = {
  name: 'names', email: 'emails', phone: 'phone numbers', nhs_number: 'NHS numbers', upn: 'UPNs', postcode: 'postcodes',
  address: 'addresses', date: 'dates', number: 'digit runs', initials: 'initials',
};

interface Report { records: number; replacements: number; byKind: Record<string, { records: number; replacements: number }>; byClass?: Record<string, number> }

/** What pseudonymisation replaced: the figure a reviewer checks before trusting the copy. */
function CopyReport() {
  const r = useRecordContext();
  const report = r?.report as Report | null | undefined;
  if (!report) return null;
  return (
    <Box sx={{ mt: 2 }} aria-label="Pseudonymisation report">
      <Typography variant="h6">Report</Typography>
      <Typography>{report.records} records copied, {report.replacements} replacements in their text.</Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 1 }}>
        {Object.entries(report.byKind).map(([kind, k]) => (
          <Chip key={kind} size="small" label={`${kindName(kind)}: ${k.records} records, ${k.replacements} replacements`} />
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {Object.entries(report.byClass ?? {}).filter(([, n]) => n > 0).map(([c, n]) => (
          <Chip key={c} size="small" variant="outlined" label={`${n} ${CLASSES[c] ?? c}`} />
        ))}
      </Box>
    </Box>
  );
}

const filters = [
  <SelectInput key="status" source="status" choices={[{ id: 'ready', name: 'Ready' }, { id: 'deleted', name: 'Deleted' }]} alwaysOn />,
  <ReferenceInput key="settingId" source="settingId" reference="settings" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Setting" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

function CopyStatus(_props: { label?: string; source?: string }) {
  const r = useRecordContext();
  if (!r) return null;
  return r.status === 'ready'
    ? <Chip size="small" color="success" label="Ready" />
    : <Chip size="small" variant="outlined" label={`Deleted: ${REASONS[r.deleteReason as string] ?? r.deleteReason}`} />;
}

const Counts = (_props: { label?: string }) => (
  <FunctionField render={(r: RaRecord) => Object.entries((r.counts as Record<string, number>) ?? {}).map(([k, n]) => `${n} ${kindName(k).toLowerCase()}`).join(', ')} />
);

function InvestigationList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}
      empty={<EmptyState title="No investigation copies" hint="A developer makes one from a live grant." create={false} />}>
      <DataTable rowClick={(_id, _resource, record) => (record.status === 'ready' ? 'show' : false)} bulkActionButtons={false}>
        <DataTable.Col source="createdAt" label="Made"><DateField locales="en-GB" source="createdAt" showTime /></DataTable.Col>
        <DataTable.Col source="settingId" label="Setting" disableSort><ReferenceField source="settingId" reference="settings" link="show" /></DataTable.Col>
        <DataTable.Col source="caseId" label="Case" disableSort><ReferenceField source="caseId" reference="cases" link="show" /></DataTable.Col>
        <DataTable.Col source="ownerId" label="Developer" disableSort><ReferenceField source="ownerId" reference="staff" link={false} /></DataTable.Col>
        <DataTable.Col label="Rows" disableSort><Counts /></DataTable.Col>
        <DataTable.Col source="status"><CopyStatus /></DataTable.Col>
        <DataTable.Col source="deleteBy" label="Deleted by"><DateField locales="en-GB" source="deleteBy" showTime /></DataTable.Col>
      </DataTable>
    </List>
  );
}

function DeleteCopyButton() {
  const r = useRecordContext();
  const { identity } = useGetIdentity();
  if (!r || r.status !== 'ready' || identity?.id !== r.ownerId) return null;
  return (
    <DeleteButton mutationMode="pessimistic" label="Delete copy" redirect="list"
      confirmTitle="Delete this investigation copy now?" confirmContent="Its rows are removed at once; the deletion is recorded in the audit log." />
  );
}

const Item = ({ label, children }: { label: string; children: ReactElement }) => (
  <Grid size={{ xs: 12, md: 4 }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);

function DeletionCountdown() {
  const r = useRecordContext();
  const left = useCountdown(r?.status === 'ready' ? (r.deleteBy as string) : null);
  if (left === null) return null;
  return <Typography role="timer" aria-label="Time until deletion" color="text.secondary">{left > 0 ? `deleted in ${remaining(left).replace(' left', '')} at the latest` : 'being deleted'}</Typography>;
}

function Rows() {
  const r = useRecordContext();
  const { identity } = useGetIdentity();
  if (!r) return null;
  if (r.status !== 'ready') return <Alert severity="info" sx={{ mt: 2 }}>Deleted {r.deletedAt ? new Date(r.deletedAt as string).toLocaleString('en-GB') : ''}: {REASONS[r.deleteReason as string] ?? r.deleteReason}. Its rows are gone; this record of it remains.</Alert>;
  if (identity?.id !== r.ownerId) return <Alert severity="info" sx={{ mt: 2 }}>Only the developer who made this copy can read its rows.</Alert>;
  return <Box sx={{ mt: 2 }}><InvestigationRows /></Box>;
}

function InvestigationShow() {
  return (
    <Show actions={<TopToolbar><DeleteCopyButton /></TopToolbar>}>
      <Box sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
          <Typography variant="h5">Anonymised investigation copy</Typography>
          <CopyStatus />
          <DeletionCountdown />
        </Box>
        <Grid container spacing={1}>
          <Item label="Setting"><ReferenceField source="settingId" reference="settings" link="show" /></Item>
          <Item label="Case"><ReferenceField source="caseId" reference="cases" link="show" /></Item>
          <Item label="Grant"><ReferenceField source="requestId" reference="access-requests" link="show" /></Item>
          <Item label="Developer"><ReferenceField source="ownerId" reference="staff" link={false} /></Item>
          <Item label="Kinds"><ScopesField /></Item>
          <Item label="Rows"><Counts /></Item>
          <Item label="Made"><DateField locales="en-GB" source="createdAt" showTime /></Item>
          <Item label="Deleted by"><DateField locales="en-GB" source="deleteBy" showTime /></Item>
        </Grid>
        <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
          Kept in a database of its own. Everyone is a code (the same in every kind), dates of birth and every time are moved by
          one offset drawn for this copy, ids are new, and free text has names, contact details, identifiers and dates replaced.
          It is deleted when the grant ends, the case is resolved or the time limit passes.
        </Alert>
        <CopyReport />
        <Rows />
      </Box>
    </Show>
  );
}

export default {
  list: InvestigationList,
  show: InvestigationShow,
  recordRepresentation: investigationLabel,
};
