import { Alert, Box, Grid, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  DataTable,
  DateField,
  FunctionField,
  Labeled,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { humanMinutes } from '../common/duration';
import { AccessStatusField, ScopesField } from './AccessStatusField';
import { ApproveButton, DenyButton, MakeCopyButton, OpenContentButton, RevokeButton } from './AccessActions';
import { ExpiryCountdown } from './Countdown';

const Actions = () => (
  <TopToolbar>
    <OpenContentButton />
    <MakeCopyButton />
    <ApproveButton />
    <DenyButton />
    <RevokeButton />
  </TopToolbar>
);

const Item = ({ label, children, md = 4 }: { label: string; children: ReactElement; md?: number }) => (
  <Grid size={{ xs: 12, md }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);

const CONSENT: Record<string, string> = {
  not_asked: 'Not asked yet',
  requested: 'Asked — waiting for the DPO',
  granted: 'Granted',
  refused: 'Refused',
  expired: 'Lapsed unanswered',
};

function Consent() {
  const r = useRecordContext();
  const c = r?.consent as { status: string; by: string | null; method: string | null; at: string | null } | undefined;
  if (!c) return null;
  const how = c.method === 'contract' ? 'by contract' : c.method === 'email_link' ? 'through the emailed link' : '';
  return (
    <Typography variant="body2" component="span">
      {CONSENT[c.status] ?? c.status} {how}
      {c.by ? ` — by ${c.by}` : ''}
      {c.at ? `, ${new Date(c.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}` : ''}
    </Typography>
  );
}

const END_REASONS: Record<string, string> = {
  undecided: 'Not decided within 24 hours',
  expired: 'Reached its expiry',
  revoked: 'Revoked',
  case_resolved: 'Its case was resolved',
  consent_refused: 'The setting refused consent',
};

/** The audited reads under this grant: who read which records, when. IT managers and SMT only. */
function AuditedReads() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'audit-events' });
  if (!record || !canAccess) return null;
  return (
    <Box sx={{ mt: 3 }} aria-label="Audited reads">
      <Typography variant="h6" gutterBottom>Audit trail of this grant</Typography>
      <ReferenceManyField
        reference="audit-events"
        target="grantId"
        sort={{ field: 'at', order: 'DESC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
        empty={<Typography variant="body2" color="text.secondary">Nothing recorded under this grant.</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={(id) => `/audit-events/${id}/show`}>
          <DataTable.Col source="at" label="When">
            <DateField locales="en-GB" source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="actorId" label="Who" disableSort>
            <ReferenceField source="actorId" reference="staff" link={false} emptyText="system / customer" />
          </DataTable.Col>
          <DataTable.Col source="action" />
          <DataTable.Col label="Records read" disableSort>
            <FunctionField render={(e: RaRecord) => {
              const ids = (e.detail as { recordIds?: unknown })?.recordIds;
              const n = Array.isArray(ids) ? ids.length : ids && typeof ids === 'object' ? Object.values(ids).flat().length : null;
              const kind = (e.detail as { kind?: string })?.kind;
              return n === null ? '—' : `${n} ${kind ?? 'records'}`;
            }} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}

function Copies() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'investigations' });
  if (!record || !canAccess) return null;
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="h6" gutterBottom>Investigation copies</Typography>
      <ReferenceManyField reference="investigations" target="requestId" sort={{ field: 'createdAt', order: 'DESC' }}
        empty={<Typography variant="body2" color="text.secondary">No anonymised copy was made under this grant.</Typography>}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="createdAt" label="Made">
            <DateField locales="en-GB" source="createdAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="status" />
          <DataTable.Col source="deleteBy" label="Deleted by">
            <DateField locales="en-GB" source="deleteBy" showTime />
          </DataTable.Col>
          <DataTable.Col source="deletedAt" label="Deleted">
            <DateField locales="en-GB" source="deletedAt" showTime emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="deleteReason" label="Why" />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}

export function AccessRequestShow() {
  return (
    <Show actions={<Actions />}>
      <Box sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
          <Typography variant="h5">Access request</Typography>
          <AccessStatusField />
          <ExpiryCountdown />
        </Box>
        <Grid container spacing={1}>
          <Item label="Setting"><ReferenceField source="settingId" reference="settings" link="show" /></Item>
          <Item label="Case"><ReferenceField source="caseId" reference="cases" link="show" /></Item>
          <Item label="Developer"><ReferenceField source="requesterId" reference="staff" link={false} /></Item>
          <Item label="Kinds"><ScopesField /></Item>
          <Item label="Length"><FunctionField render={(r: RaRecord) => humanMinutes(Number(r.minutes))} /></Item>
          <Item label="Requested"><DateField locales="en-GB" source="createdAt" showTime /></Item>
          <Item label="Why" md={12}><TextField source="justification" sx={{ whiteSpace: 'pre-wrap' }} /></Item>
          <Item label="Decided by"><ReferenceField source="approverId" reference="staff" link={false} emptyText="—" /></Item>
          <Item label="Decided"><DateField locales="en-GB" source="decidedAt" showTime emptyText="—" /></Item>
          <Item label="Reason given"><TextField source="decisionReason" emptyText="—" /></Item>
          <Item label="Customer consent" md={12}><Consent /></Item>
          <Item label="Started"><DateField locales="en-GB" source="startsAt" showTime emptyText="—" /></Item>
          <Item label="Expires"><DateField locales="en-GB" source="expiresAt" showTime emptyText="—" /></Item>
          <Item label="Decide by"><DateField locales="en-GB" source="respondBy" showTime emptyText="—" /></Item>
          <Item label="Ended"><DateField locales="en-GB" source="endedAt" showTime emptyText="—" /></Item>
          <Item label="Why it ended">
            <FunctionField render={(r: RaRecord) => (r.endReason ? END_REASONS[r.endReason as string] ?? r.endReason : '—')} />
          </Item>
          <Item label="Ended by"><ReferenceField source="endedById" reference="staff" link={false} emptyText="—" /></Item>
        </Grid>
        <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
          A grant opens one setting's named kinds, read-only, to its developer only. It ends by itself at its expiry or when its
          case is resolved, and every read under it is recorded with the records returned.
        </Alert>
        <Copies />
        <AuditedReads />
      </Box>
    </Show>
  );
}
