import { Create, Edit, type RaRecord } from 'react-admin';
import { SettingForm } from './SettingForm';
import { SettingList } from './SettingList';
import { SettingShow } from './SettingShow';

function SettingCreate() {
  return (
    <Create redirect="show">
      <SettingForm defaultValues={{ subscriptionStatus: 'active', consentPolicy: 'per_request' }} />
    </Create>
  );
}

function SettingEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SettingForm />
    </Edit>
  );
}

export default {
  list: SettingList,
  show: SettingShow,
  edit: SettingEdit,
  create: SettingCreate,
  recordRepresentation: (record: RaRecord) => String(record.name ?? ''),
};
