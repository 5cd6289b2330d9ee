import {
  DataTable,
  DateField,
  List,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { CONSENT_POLICIES, SETTING_KINDS, SUBSCRIPTION_STATUSES } from '../common/choices';
import { EmptyState } from '../common/EmptyState';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, postcode, ICO number, email" />,
  <SelectInput key="kind" source="kind" choices={SETTING_KINDS} />,
  <SelectInput key="subscriptionStatus" source="subscriptionStatus" label="Subscription" choices={SUBSCRIPTION_STATUSES} />,
  <SelectInput key="consentPolicy" source="consentPolicy" label="Consent" choices={CONSENT_POLICIES} />,
];

export function SettingList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      empty={<EmptyState title="No settings yet" hint="Settings are the nurseries, schools and childminders we host." />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={SETTING_KINDS} />
        </DataTable.Col>
        <DataTable.Col source="postcode" />
        <DataTable.Col source="icoNumber" label="ICO number" disableSort />
        <DataTable.Col source="subscriptionStatus" label="Subscription">
          <SelectField source="subscriptionStatus" choices={SUBSCRIPTION_STATUSES} />
        </DataTable.Col>
        <DataTable.Col source="subscriptionEndsAt" label="Ends">
          <DateField locales="en-GB" source="subscriptionEndsAt" />
        </DataTable.Col>
        <DataTable.Col source="consentPolicy" label="Consent">
          <SelectField source="consentPolicy" choices={CONSENT_POLICIES} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
