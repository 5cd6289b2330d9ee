import { Alert } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DateTimeInput,
  maxLength,
  ReferenceArrayInput,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';

const notInFuture = (value: unknown) => (value && new Date(String(value)).getTime() > Date.now() ? 'Discovery cannot be in the future' : undefined);

/** Declaring starts the clock from discovery, and emails the critical mailbox and every IT manager at once. */
export function IncidentCreate() {
  return (
    <Create
      title="Declare a critical"
      redirect="show"
      transform={(data: Record<string, unknown>) => ({
        ...data,
        discoveredAt: data.discoveredAt ? new Date(String(data.discoveredAt)).toISOString() : undefined,
        affectedSettingIds: (data.affectedSettingIds as string[] | undefined)?.length ? data.affectedSettingIds : undefined,
      })}
    >
      <SimpleForm>
        <Alert severity="warning" sx={{ mb: 2, maxWidth: 720 }}>
          Declaring a critical emails the critical mailbox and every IT manager now, and starts the customer-update clock:
          hourly on day 1, three-hourly from day 2.
        </Alert>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="description" validate={[required(), maxLength(20000)]} multiline minRows={3} fullWidth helperText="What is affected, and how it shows" />
        <DateTimeInput source="discoveredAt" label="Discovered" validate={notInFuture} helperText="Leave empty for now; the clock runs from discovery" />
        <ReferenceArrayInput source="affectedSettingIds" reference="settings" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput label="Affected settings (so far)" optionText="name" sx={{ minWidth: 420 }} />
        </ReferenceArrayInput>
        <BooleanInput source="personalDataBreach" label="Personal data breach (each affected setting's DPO is told at once)" />
      </SimpleForm>
    </Create>
  );
}
