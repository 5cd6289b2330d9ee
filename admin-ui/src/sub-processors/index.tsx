import { Chip } from '@mui/material';
import {
  ArrayField,
  ChipField,
  Create,
  DataTable,
  DateField,
  Edit,
  EditButton,
  List,
  maxLength,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextArrayInput,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { SUB_PROCESSOR_STATUSES } from '../common/choices';
import { ConfirmSaveToolbar, type ConsequenceOf } from '../common/ConfirmSaveButton';
import { EmptyState } from '../common/EmptyState';

const COLOUR = { proposed: 'warning', active: 'success', retired: 'default' } as const;

function StatusChip() {
  const record = useRecordContext();
  if (!record) return null;
  const status = String(record.status) as keyof typeof COLOUR;
  return <Chip size="small" label={status} color={COLOUR[status] ?? 'default'} aria-label={`status ${status}`} />;
}

const Categories = () => (
  <ArrayField source="dataCategories">
    <SingleFieldList linkType={false}>
      <ChipField source="" size="small" />
    </SingleFieldList>
  </ArrayField>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, purpose or location" />,
  <SelectInput key="status" source="status" choices={SUB_PROCESSOR_STATUSES} />,
];

function SubProcessorList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} empty={<EmptyState title="No sub-processors" hint="Propose one: every active setting's DPO is told at once." />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="purpose" disableSort />
        <DataTable.Col source="location" />
        <DataTable.Col source="dataCategories" label="Data" disableSort><Categories /></DataTable.Col>
        <DataTable.Col source="status"><StatusChip /></DataTable.Col>
        <DataTable.Col source="proposedAt" label="Proposed"><DateField locales="en-GB" source="proposedAt" /></DataTable.Col>
        <DataTable.Col source="activeFrom" label="Active from"><DateField locales="en-GB" source="activeFrom" emptyText="—" /></DataTable.Col>
      </DataTable>
    </List>
  );
}

// The API stores categories as a plain list of words; the chips input edits them one by one.
const details = (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
    <TextInput source="purpose" validate={[required(), maxLength(1000)]} multiline fullWidth />
    <TextInput source="location" validate={[required(), maxLength(200)]} helperText="Where the data is processed, e.g. United Kingdom (London)" fullWidth />
    <TextArrayInput source="dataCategories" label="Data categories" helperText="Press Enter after each, e.g. children, parents (name, email)" fullWidth />
  </>
);

function SubProcessorCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ dataCategories: [] }} sx={{ maxWidth: 720 }}
        toolbar={<ConfirmSaveToolbar consequence={() => ({
          title: 'Propose this sub-processor?',
          content: 'Every active setting\'s DPO is emailed the notice at once. It cannot become active before the notice period has passed.',
          confirm: 'Propose and notify',
        })} />}>
        {details}
      </SimpleForm>
    </Create>
  );
}

const activating: ConsequenceOf = (values, record) =>
  values.status !== record?.status && values.status !== 'proposed'
    ? {
        title: values.status === 'active' ? 'Make it active?' : 'Retire it?',
        content: values.status === 'active'
          ? 'It starts processing customers\' data and is listed on the public register.'
          : 'It leaves the public register. A retired sub-processor cannot return; propose it again instead.',
        confirm: values.status === 'active' ? 'Make active' : 'Retire',
      }
    : null;

function SubProcessorEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm sx={{ maxWidth: 720 }} toolbar={<ConfirmSaveToolbar consequence={activating} />}>
        {details}
        <SelectInput source="status" choices={SUB_PROCESSOR_STATUSES} validate={required()} />
      </SimpleForm>
    </Edit>
  );
}

function SubProcessorShow() {
  return (
    <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="purpose" />
        <TextField source="location" />
        <Categories />
        <StatusChip />
        <DateField locales="en-GB" source="proposedAt" label="Proposed (DPOs told)" showTime />
        <DateField locales="en-GB" source="activeFrom" label="Active from" showTime emptyText="—" />
        <DateField locales="en-GB" source="retiredAt" label="Retired" showTime emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: SubProcessorList,
  show: SubProcessorShow,
  edit: SubProcessorEdit,
  create: SubProcessorCreate,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
