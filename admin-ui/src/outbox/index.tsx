import { Box } from '@mui/material';
import {
  ChipField,
  DataTable,
  DateField,
  defaultExporter,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  type Exporter,
  type RaRecord,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';

/** A consent link works once for whoever opens it: staff never need to see one, only the DPO it was sent to. */
const withoutSecrets = (body: string) => body.replace(/(\/consent\/)[A-Za-z0-9_-]+/g, '$1[link withheld]');

/** CSV of what was sent, to whom and when; bodies stay out of exports. */
const exporter: Exporter = (records, fetchRelated, dataProvider, resource) =>
  defaultExporter(records.map(({ body: _body, ...rest }: RaRecord) => rest), fetchRelated, dataProvider, resource);

const STATUSES = ['queued', 'sent', 'captured', 'failed'].map((id) => ({ id, name: id }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Recipient or subject" />,
  <SelectInput key="status" source="status" choices={STATUSES} />,
  <TextInput key="kind" source="kind" helperText="The exact kind" />,
];

/** Every email the product has sent or is about to send; read-only. */
function OutboxList() {
  return (
    <List exporter={exporter} filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} empty={<EmptyState title="No mail yet" create={false} />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" label="Written">
          <DateField locales="en-GB" source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="to" />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="kind" />
        <DataTable.Col source="status">
          <ChipField source="status" size="small" variant="outlined" />
        </DataTable.Col>
        <DataTable.Col source="attempts" disableSort />
        <DataTable.Col source="sentAt" label="Sent">
          <DateField locales="en-GB" source="sentAt" showTime emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function OutboxShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="to" />
        <TextField source="subject" />
        <TextField source="kind" />
        <ChipField source="status" size="small" variant="outlined" />
        <NumberField source="attempts" />
        <TextField source="lastError" label="Last error" emptyText="—" />
        <ReferenceField source="settingId" reference="settings" link="show" label="Setting" emptyText="—" />
        <DateField locales="en-GB" source="createdAt" label="Written" showTime />
        <DateField locales="en-GB" source="sentAt" label="Sent" showTime emptyText="—" />
        <FunctionField
          label="Body"
          render={(record: RaRecord) => (
            <Box component="pre" sx={{ m: 0, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, whiteSpace: 'pre-wrap', fontSize: '0.85rem' }}>
              {record.body === undefined ? 'Not shown to you: you see whether the email arrived, not what it said.' : withoutSecrets(String(record.body))}
            </Box>
          )}
        />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: OutboxList,
  show: OutboxShow,
  recordRepresentation: (record: RaRecord) => String(record.subject ?? ''),
};
