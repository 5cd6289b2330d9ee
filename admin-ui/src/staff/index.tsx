import { Alert, Grid } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  DataTable,
  DateField,
  DateInput,
  Edit,
  EditButton,
  EmailField,
  List,
  maxLength,
  minLength,
  NullableBooleanInput,
  PasswordInput,
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
import { ROLE_CHOICES } from '../common/choices';
import { ConfirmSaveToolbar, type ConsequenceOf } from '../common/ConfirmSaveButton';
import { EmptyState } from '../common/EmptyState';
import { emailAddress, PASSWORD_HINT, passwordPolicy } from '../common/validators';
import { LiveSessions } from './LiveSessions';
import { ResetTwoFactorButton, SendPasswordResetButton, UnlockButton } from './StaffActions';
import { LockField, RolesField } from './StaffFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or email" />,
  <SelectInput key="roles" source="roles" label="Role" choices={ROLE_CHOICES} />,
  <NullableBooleanInput key="active" source="active" />,
];

function StaffList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} empty={<EmptyState title="No staff accounts" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="email" />
        <DataTable.Col source="roles" disableSort>
          <RolesField />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="lockedUntil" label="Lock" disableSort>
          <LockField />
        </DataTable.Col>
        <DataTable.Col source="lastSignInAt" label="Last sign-in" disableSort>
          <DateField locales="en-GB" source="lastSignInAt" showTime emptyText="never" />
        </DataTable.Col>
        <DataTable.Col source="trainingCompletedAt" label="Training" disableSort>
          <DateField locales="en-GB" source="trainingCompletedAt" emptyText="none" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" label="Since">
          <DateField locales="en-GB" source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

/** Without training in the last 12 months a developer cannot request access, nor an IT manager approve it. */
const trainingInput = <DateInput source="trainingCompletedAt" label="Data-protection training completed" helperText="Needed (within 12 months) to request or approve access to a setting's records" />;

const rolesInput = <CheckboxGroupInput source="roles" choices={ROLE_CHOICES} validate={[required(), minLength(1, 'Give at least one role')]} />;

function StaffCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ active: true, roles: [] }} sx={{ maxWidth: 640 }}>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="email" type="email" validate={[required(), ...emailAddress]} fullWidth />
        {rolesInput}
        <PasswordInput
          source="password"
          validate={[required(), passwordPolicy]}
          helperText={PASSWORD_HINT}
          autoComplete="new-password"
          fullWidth
        />
        <BooleanInput source="active" helperText="A disabled account cannot sign in" />
        {trainingInput}
      </SimpleForm>
    </Create>
  );
}


/** Disabling an account signs its holder out everywhere at once. */
const disabling: ConsequenceOf = (values, record) =>
  values.active === false && record?.active !== false
    ? {
        title: `Disable ${String(record?.name ?? 'this account')}?`,
        content: 'A disabled account cannot sign in, and every session it has open ends at once.',
        confirm: 'Disable',
      }
    : null;

function StaffEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm sx={{ maxWidth: 640 }} toolbar={<ConfirmSaveToolbar consequence={disabling} />}>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="email" type="email" validate={[required(), ...emailAddress]} fullWidth />
        {rolesInput}
        <BooleanInput source="active" helperText="Disabling an account ends all its sessions at once" />
        {trainingInput}
        <Alert severity="info" sx={{ mt: 1 }}>
          Nobody sets another person's password: use “Send password reset” on the staff member's page to email them a link.
        </Alert>
      </SimpleForm>
    </Edit>
  );
}

const ShowActions = () => (
  <TopToolbar>
    <UnlockButton />
    <ResetTwoFactorButton />
    <SendPasswordResetButton />
    <EditButton />
  </TopToolbar>
);

function StaffShow() {
  return (
    <Show actions={<ShowActions />}>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid size={{ xs: 12, md: 5 }}>
          <SimpleShowLayout sx={{ p: 0 }}>
            <TextField source="name" />
            <EmailField source="email" />
            <RolesField source="roles" label="Roles" />
            <BooleanField source="active" />
            <LockField source="lockedUntil" label="Lock" />
            <BooleanField source="mfaEnabled" label="Two-factor sign-in" />
            <DateField locales="en-GB" source="trainingCompletedAt" label="Data-protection training" emptyText="none on record" />
            <DateField locales="en-GB" source="createdAt" label="Account since" showTime />
            <DateField locales="en-GB" source="updatedAt" label="Last changed" showTime />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <LiveSessions />
          <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
            Disabling an account, or ending its sessions, signs the person out everywhere at once.
          </Alert>
        </Grid>
      </Grid>
    </Show>
  );
}

export default {
  list: StaffList,
  show: StaffShow,
  edit: StaffEdit,
  create: StaffCreate,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
