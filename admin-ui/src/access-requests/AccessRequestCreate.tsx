import {
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  maxLength,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CONTENT_KINDS } from './choices';

/** Only an open case of the chosen setting can carry a request. */
function CasePicker() {
  const settingId = useWatch({ name: 'settingId' }) as string | undefined;
  return (
    <ReferenceInput
      source="caseId"
      reference="cases"
      sort={{ field: 'createdAt', order: 'DESC' }}
      filter={settingId ? { settingId, status: ['open', 'investigating'] } : { status: ['open', 'investigating'] }}
    >
      <AutocompleteInput label="Support case" optionText="title" validate={required()} sx={{ minWidth: 360 }} />
    </ReferenceInput>
  );
}

/** A developer's request: one setting, one open case of it, the kinds needed and why; an IT manager decides. */
export function AccessRequestCreate() {
  return (
    <Create redirect="show" title="Request access">
      <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ scopes: [] }}>
        <ReferenceInput source="settingId" reference="settings" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="Setting" optionText="name" validate={required()} sx={{ minWidth: 360 }} />
        </ReferenceInput>
        <CasePicker />
        <TextInput source="justification" label="Why you need it" multiline minRows={3} validate={[required(), maxLength(2000)]} fullWidth
          helperText="What you will look at and why the case cannot be fixed without it. The IT manager and, where asked, the setting's DPO read this." />
        <CheckboxGroupInput source="scopes" label="Content needed" choices={CONTENT_KINDS as never} validate={required()} />
        <NumberInput source="minutes" label="For how long (minutes)" min={1} validate={minValue(1)}
          helperText="Leave empty for the standard length. The grant ends by itself; ask only for what the fix needs." />
      </SimpleForm>
    </Create>
  );
}
