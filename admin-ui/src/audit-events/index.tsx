import { Box, Tooltip, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  DateTimeInput,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';

const SUBJECT_TYPES = ['Staff', 'Session', 'Setting', 'Case', 'AccessRequest', 'Incident', 'Child', 'Observation', 'Parent', 'Media'].map(
  (id) => ({ id, name: id }),
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Action, subject type or id" />,
  <TextInput key="action" source="action" helperText="The exact action, e.g. auth.login" />,
  <AutocompleteInput key="subjectType" source="subjectType" label="Subject type" choices={SUBJECT_TYPES} />,
  <ReferenceInput key="actorId" source="actorId" reference="staff" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Actor" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="settingId" source="settingId" reference="settings" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Setting" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <DateTimeInput key="at_gte" source="at_gte" label="From" />,
  <DateTimeInput key="at_lte" source="at_lte" label="To" />,
];

/** An id cut to its first block, whole on hover and on the event's page: enough to tell rows apart by eye. */
function ShortId({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const id = record?.[source] as string | null | undefined;
  if (!id) return <span>—</span>;
  return (
    <Tooltip title={id}>
      <Box component="code" sx={{ fontSize: '0.8rem' }}>{`${id.slice(0, 8)}…`}</Box>
    </Tooltip>
  );
}

/** The first characters of a chain hash are enough to compare by eye; the whole is on hover and on the event's page. */
function ShortHash(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const hash = record?.hash as string | null | undefined;
  if (!hash) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        not sealed yet
      </Typography>
    );
  }
  return (
    <Tooltip title={hash}>
      <Box component="code" sx={{ fontSize: '0.8rem' }}>{`${hash.slice(0, 10)}…`}</Box>
    </Tooltip>
  );
}

function AuditList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      empty={<EmptyState title="Nothing recorded yet" create={false} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at" label="When">
          <DateField locales="en-GB" source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="actorId" label="Who" disableSort>
          <ReferenceField source="actorId" reference="staff" link={false} emptyText="system" />
        </DataTable.Col>
        <DataTable.Col source="action" />
        <DataTable.Col source="subjectType" label="Subject" />
        <DataTable.Col source="subjectId" label="Subject id" disableSort>
          <ShortId source="subjectId" />
        </DataTable.Col>
        <DataTable.Col source="settingId" label="Setting" disableSort>
          <ReferenceField source="settingId" reference="settings" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="grantId" label="Grant" disableSort>
          <ShortId source="grantId" />
        </DataTable.Col>
        <DataTable.Col source="hash" disableSort>
          <ShortHash />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

const mono = { fontFamily: 'monospace', fontSize: '0.85rem', wordBreak: 'break-all' } as const;

function AuditShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <NumberField source="seq" label="Sequence" />
        <DateField locales="en-GB" source="at" label="When" showTime />
        <ReferenceField source="actorId" reference="staff" link={false} label="Who" emptyText="system" />
        <TextField source="action" />
        <TextField source="subjectType" label="Subject type" />
        <TextField source="subjectId" label="Subject id" emptyText="—" sx={mono} />
        <ReferenceField source="settingId" reference="settings" link="show" label="Setting" emptyText="—" />
        <TextField source="grantId" label="Grant" emptyText="—" sx={mono} />
        <TextField source="ip" label="IP address" emptyText="—" />
        <FunctionField
          label="Detail"
          render={(record: RaRecord) => (
            <Box component="pre" sx={{ m: 0, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, overflowX: 'auto', fontSize: '0.85rem' }}>
              {JSON.stringify(record.detail ?? {}, null, 2)}
            </Box>
          )}
        />
        <TextField source="hash" emptyText="not sealed yet" sx={mono} />
        <TextField source="prevHash" label="Previous hash" emptyText="—" sx={mono} />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: AuditList,
  show: AuditShow,
  recordRepresentation: (record: RaRecord) => String(record.action ?? ''),
};
