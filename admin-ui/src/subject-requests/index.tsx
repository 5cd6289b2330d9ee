import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  DataTable,
  DateField,
  DateTimeInput,
  Edit,
  EditButton,
  List,
  maxLength,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { SUBJECT_REQUEST_KINDS, SUBJECT_REQUEST_STATUSES } from '../common/choices';
import { EmptyState } from '../common/EmptyState';

/** Open, done, or late: a late one is past its one calendar month. */
export function DeadlineChip() {
  const record = useRecordContext();
  if (!record) return null;
  if (record.overdue) return <Chip size="small" color="error" label="overdue" aria-label="overdue" />;
  return <Chip size="small" color={record.status === 'done' ? 'success' : 'default'} label={String(record.status)} />;
}

const SettingPicker = (props: { alwaysOn?: boolean; validate?: ReturnType<typeof required> }) => (
  <ReferenceInput source="settingId" reference="settings" sort={{ field: 'name', order: 'ASC' }} alwaysOn={props.alwaysOn}>
    <AutocompleteInput label="Setting" optionText="name" validate={props.validate} sx={{ minWidth: 280 }} />
  </ReferenceInput>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Notes" />,
  <NullableBooleanInput key="overdue" source="overdue" label="Overdue" />,
  <SelectInput key="status" source="status" choices={SUBJECT_REQUEST_STATUSES} />,
  <SelectInput key="kind" source="kind" choices={SUBJECT_REQUEST_KINDS} />,
  <SettingPicker key="settingId" />,
];

function SubjectRequestList() {
  return (
    <List filters={filters} sort={{ field: 'dueAt', order: 'ASC' }} empty={<EmptyState title="No subject requests" hint="Log a request a setting forwards to us: the one-month clock starts when they received it." />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="settingId" label="Setting" disableSort><ReferenceField source="settingId" reference="settings" link="show" /></DataTable.Col>
        <DataTable.Col source="kind"><SelectField source="kind" choices={SUBJECT_REQUEST_KINDS} /></DataTable.Col>
        <DataTable.Col source="receivedAt" label="Received"><DateField locales="en-GB" source="receivedAt" /></DataTable.Col>
        <DataTable.Col source="dueAt" label="Due"><DateField locales="en-GB" source="dueAt" /></DataTable.Col>
        <DataTable.Col source="status"><DeadlineChip /></DataTable.Col>
      </DataTable>
    </List>
  );
}

function SubjectRequestCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ notes: '' }} sx={{ maxWidth: 720 }}>
        <SettingPicker validate={required()} />
        <SelectInput source="kind" choices={SUBJECT_REQUEST_KINDS} validate={required()} />
        <DateTimeInput source="receivedAt" label="Received by the setting" helperText="Leave empty for now; the deadline is one calendar month later" />
        <TextInput source="notes" multiline minRows={3} validate={maxLength(10_000)} helperText="What was asked and what we did; never the person's records" fullWidth />
      </SimpleForm>
    </Create>
  );
}

function SubjectRequestEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm sx={{ maxWidth: 720 }}>
        <SelectInput source="kind" choices={SUBJECT_REQUEST_KINDS} validate={required()} />
        <DateTimeInput source="receivedAt" label="Received by the setting" validate={required()} />
        <SelectInput source="status" choices={SUBJECT_REQUEST_STATUSES} validate={required()} />
        <TextInput source="notes" multiline minRows={3} validate={maxLength(10_000)} fullWidth />
      </SimpleForm>
    </Edit>
  );
}

function SubjectRequestShow() {
  return (
    <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
      <SimpleShowLayout>
        <ReferenceField source="settingId" reference="settings" link="show" label="Setting" />
        <SelectField source="kind" choices={SUBJECT_REQUEST_KINDS} />
        <DeadlineChip />
        <DateField locales="en-GB" source="receivedAt" showTime />
        <DateField locales="en-GB" source="dueAt" label="Due (one calendar month)" showTime />
        <DateField locales="en-GB" source="completedAt" label="Done" showTime emptyText="—" />
        <DateField locales="en-GB" source="overdueNotifiedAt" label="SMT told it was overdue" showTime emptyText="—" />
        <TextField source="notes" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
        <ReferenceField source="loggedById" reference="staff" link={false} label="Logged by" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: SubjectRequestList,
  show: SubjectRequestShow,
  edit: SubjectRequestEdit,
  create: SubjectRequestCreate,
  recordRepresentation: (record: RaRecord) => `${String(record.kind)} request`,
};
