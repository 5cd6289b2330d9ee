import { Typography } from '@mui/material';
import { DateInput, maxLength, required, SelectInput, SimpleForm, TextInput, type SimpleFormProps } from 'react-admin';
import { CONSENT_POLICIES, SETTING_KINDS, SUBSCRIPTION_STATUSES } from '../common/choices';
import { emailAddress, icoNumber, phone } from '../common/validators';

const Section = ({ children }: { children: string }) => (
  <Typography variant="subtitle1" sx={{ mt: 2, mb: 0.5, fontWeight: 600 }}>
    {children}
  </Typography>
);

/** A setting's basic details only: nothing here is about its children or families. */
export function SettingForm(props: Omit<SimpleFormProps, 'children'>) {
  return (
    <SimpleForm {...props} sx={{ maxWidth: 720 }}>
      <Section>Setting</Section>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="kind" choices={SETTING_KINDS} validate={required()} />
      <TextInput source="address" multiline minRows={2} validate={maxLength(500)} fullWidth />
      <TextInput source="postcode" validate={maxLength(16)} />
      <Section>Data protection</Section>
      <TextInput source="icoNumber" label="ICO registration number" validate={icoNumber} helperText="e.g. ZA123456" />
      <TextInput source="dpoName" label="DPO name" validate={maxLength(200)} fullWidth />
      <TextInput source="dpoEmail" label="DPO email" type="email" validate={emailAddress} fullWidth />
      <SelectInput
        source="consentPolicy"
        label="Consent to developer access"
        choices={CONSENT_POLICIES}
        validate={required()}
        helperText="Whether the DPO is asked before each developer access grant"
      />
      <Section>Contact</Section>
      <TextInput source="contactEmail" type="email" validate={emailAddress} fullWidth />
      <TextInput source="contactPhone" validate={phone} />
      <Section>Subscription</Section>
      <SelectInput source="subscriptionStatus" label="Subscription" choices={SUBSCRIPTION_STATUSES} validate={required()} />
      <DateInput source="subscriptionEndsAt" label="Subscription ends" />
    </SimpleForm>
  );
}
