import { Alert, Box, Grid, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  CreateButton,
  DataTable,
  DateField,
  EditButton,
  EmailField,
  Labeled,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { AccessHistoryButton } from '../access-requests';
import { CONSENT_POLICIES, SETTING_KINDS, SUBSCRIPTION_STATES } from '../common/choices';
import { AccessReportButton, ExportButton } from '../processor';
import { CaseStatusField } from '../cases/CaseStatusField';

const Actions = () => (
  <TopToolbar>
    <AccessHistoryButton />
    <AccessReportButton />
    <ExportButton />
    <EditButton />
  </TopToolbar>
);

function NewCaseButton() {
  const setting = useRecordContext();
  if (!setting) return null;
  return <CreateButton resource="cases" label="Log a case" state={{ record: { settingId: setting.id } }} />;
}

const Item = ({ label, children, xs = 12, md = 4 }: { label: string; children: ReactElement; xs?: number; md?: number }) => (
  <Grid size={{ xs, md }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);

const FIELD_LABEL: Record<string, string> = { consentPolicy: 'consent to developer access', dpoEmail: 'DPO email' };

/** A change that widens access waits for the setting's DPO; until then the old values stand. */
function PendingChange() {
  const setting = useRecordContext();
  const pending = setting?.pendingChange as { fields: string[]; values: Record<string, unknown>; requestedAt: string; expiresAt: string } | null | undefined;
  if (!pending) return null;
  const what = pending.fields.map((f) => `${FIELD_LABEL[f] ?? f} → ${String(pending.values[f] ?? '(none)')}`).join('; ');
  return (
    <Alert severity="warning" sx={{ mb: 2 }} role="status">
      Waiting for the setting's DPO to confirm: {what}. Asked {new Date(pending.requestedAt).toLocaleString('en-GB')}; the link lapses{' '}
      {new Date(pending.expiresAt).toLocaleString('en-GB')}. Until then the current values stand.
    </Alert>
  );
}

export function SettingShow() {
  return (
    <Show actions={<Actions />}>
      <Box sx={{ p: 2 }}>
        <Typography variant="h5" gutterBottom>
          <TextField source="name" variant="h5" />
        </Typography>
        <PendingChange />
        <Grid container spacing={1}>
          <Item label="Kind"><SelectField source="kind" choices={SETTING_KINDS} /></Item>
          <Item label="Postcode"><TextField source="postcode" emptyText="—" /></Item>
          <Item label="Address"><TextField source="address" emptyText="—" /></Item>
          <Item label="ICO number"><TextField source="icoNumber" emptyText="—" /></Item>
          <Item label="DPO"><TextField source="dpoName" emptyText="—" /></Item>
          <Item label="DPO email"><EmailField source="dpoEmail" emptyText="—" /></Item>
          <Item label="Contact email"><EmailField source="contactEmail" emptyText="—" /></Item>
          <Item label="Contact phone"><TextField source="contactPhone" emptyText="—" /></Item>
          <Item label="Consent to developer access"><SelectField source="consentPolicy" choices={CONSENT_POLICIES} /></Item>
          <Item label="Subscription"><SelectField source="subscriptionStatus" choices={SUBSCRIPTION_STATES} /></Item>
          <Item label="Subscription ends"><DateField locales="en-GB" source="subscriptionEndsAt" emptyText="—" /></Item>
          <Item label="Records deleted"><DateField locales="en-GB" source="purgedAt" showTime emptyText="—" /></Item>
          <Item label="Last changed"><DateField locales="en-GB" source="updatedAt" showTime /></Item>
        </Grid>
        <Alert severity="info" variant="outlined" sx={{ my: 2 }}>
          This setting's children, families, observations and media are its own records. Custodian never shows them here.
        </Alert>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mt: 3 }}>
          <Typography variant="h6">Support cases</Typography>
          <NewCaseButton />
        </Box>
        <ReferenceManyField
          reference="cases"
          target="settingId"
          sort={{ field: 'createdAt', order: 'DESC' }}
          perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
          empty={<Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>No cases for this setting.</Typography>}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="title" />
            <DataTable.Col source="status">
              <CaseStatusField />
            </DataTable.Col>
            <DataTable.Col source="createdAt" label="Opened">
              <DateField locales="en-GB" source="createdAt" showTime />
            </DataTable.Col>
            <DataTable.Col source="resolvedAt" label="Resolved">
              <DateField locales="en-GB" source="resolvedAt" showTime emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </Show>
  );
}
