import {
  AutocompleteInput,
  Create,
  DataTable,
  DateField,
  Edit,
  EditButton,
  Labeled,
  List,
  maxLength,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { RequestAccessButton } from '../access-requests';
import { CASE_STATUSES } from '../common/choices';
import { ConfirmSaveToolbar, type ConsequenceOf } from '../common/ConfirmSaveButton';
import { EmptyState } from '../common/EmptyState';
import { CaseGrants, CaseIncidentField } from './CaseLinks';
import { CaseStatusField } from './CaseStatusField';

const keepText = (value: string) => value; // a description may be empty, never null

const SettingPicker = ({ validate, ...props }: { alwaysOn?: boolean; validate?: ReturnType<typeof required> }) => (
  <ReferenceInput source="settingId" reference="settings" sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput label="Setting" optionText="name" validate={validate} sx={{ minWidth: 280 }} />
  </ReferenceInput>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Title or description" />,
  <SelectInput key="status" source="status" choices={CASE_STATUSES} />,
  <SettingPicker key="settingId" />,
];

function CaseList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={<EmptyState title="No support cases" hint="Log a case from here or from a setting's page." />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="settingId" label="Setting" disableSort>
          <ReferenceField source="settingId" reference="settings" link="show" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <CaseStatusField />
        </DataTable.Col>
        <DataTable.Col source="createdAt" label="Opened">
          <DateField locales="en-GB" source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" label="Last change">
          <DateField locales="en-GB" source="updatedAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="resolvedAt" label="Resolved">
          <DateField locales="en-GB" source="resolvedAt" showTime emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

function CaseCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ status: 'open', description: '' }} sx={{ maxWidth: 720 }}>
        <SettingPicker validate={required()} />
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="description" multiline minRows={4} parse={keepText} validate={maxLength(10_000)} fullWidth />
        <SelectInput source="status" choices={CASE_STATUSES} validate={required()} />
      </SimpleForm>
    </Create>
  );
}

/** Resolving ends every grant made for the case and deletes its anonymised copies: it cannot be undone. */
const resolving: ConsequenceOf = (values, record) =>
  values.status === 'resolved' && record?.status !== 'resolved'
    ? {
        title: 'Resolve this case?',
        content:
          'Resolving ends every developer access grant for this case at once and deletes its anonymised investigation copies. It is recorded in the audit log.',
        confirm: 'Resolve',
      }
    : null;

function CaseEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm sx={{ maxWidth: 720 }} toolbar={<ConfirmSaveToolbar consequence={resolving} />}>
        <Labeled label="Setting">
          <ReferenceField source="settingId" reference="settings" link="show" />
        </Labeled>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="description" multiline minRows={4} parse={keepText} validate={maxLength(10_000)} fullWidth />
        <SelectInput source="status" choices={CASE_STATUSES} validate={required()} />
      </SimpleForm>
    </Edit>
  );
}

const ShowActions = () => (
  <TopToolbar>
    <RequestAccessButton />
    <EditButton />
  </TopToolbar>
);

function CaseShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="settingId" reference="settings" link="show" label="Setting" />
        <CaseStatusField label="Status" source="status" />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
        <ReferenceField source="openedById" reference="staff" link={false} label="Opened by" emptyText="—" />
        <DateField locales="en-GB" source="createdAt" label="Opened" showTime />
        <DateField locales="en-GB" source="updatedAt" label="Last change" showTime />
        <DateField locales="en-GB" source="resolvedAt" label="Resolved" showTime emptyText="—" />
        <CaseIncidentField label="Critical incident" />
        <CaseGrants label="Access requests and grants" />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: CaseList,
  show: CaseShow,
  edit: CaseEdit,
  create: CaseCreate,
  recordRepresentation: (record: RaRecord) => String(record.title ?? ''),
};
