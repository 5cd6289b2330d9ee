import InsightsIcon from '@mui/icons-material/Insights';
import {
  BooleanInput,
  Button,
  CreateButton,
  DataTable,
  DateField,
  ExportButton,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { EmptyState } from '../common/EmptyState';
import { StatusChip, UpdateCountdown, type Incident } from './common';

const STATUSES = [{ id: 'active', name: 'Active' }, { id: 'resolved', name: 'Resolved' }];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Title or description" />,
  <SelectInput key="status" source="status" choices={STATUSES} alwaysOn />,
  <BooleanInput key="personalDataBreach" source="personalDataBreach" label="Personal data breach" />,
];

function Actions() {
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: 'incidents' });
  return (
    <TopToolbar>
      <Button component={Link} to="/incident-dashboard" label="SMT dashboard">
        <InsightsIcon />
      </Button>
      {canCreate && <CreateButton label="Declare a critical" />}
      <ExportButton />
    </TopToolbar>
  );
}

export function IncidentList() {
  return (
    <List
      actions={<Actions />}
      filters={filters}
      filterDefaultValues={{ status: 'active' }}
      sort={{ field: 'declaredAt', order: 'DESC' }}
      perPage={25}
      empty={<EmptyState title="No critical incidents" hint="Declaring one emails the critical mailbox and every IT manager at once." />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="status">
          <FunctionField render={(r: Incident) => <StatusChip status={r.status} />} />
        </DataTable.Col>
        <DataTable.Col source="day" label="Day" disableSort>
          <NumberField source="day" />
        </DataTable.Col>
        <DataTable.Col source="affectedSettingsCount" label="Settings affected" disableSort>
          <NumberField source="affectedSettingsCount" />
        </DataTable.Col>
        <DataTable.Col label="Next customer update" disableSort>
          <FunctionField render={(r: Incident) => <UpdateCountdown incident={r} size="small" />} />
        </DataTable.Col>
        <DataTable.Col source="ownerId" label="Owner" disableSort>
          <ReferenceField source="ownerId" reference="staff" link={false} />
        </DataTable.Col>
        <DataTable.Col source="declaredAt" label="Declared">
          <DateField locales="en-GB" source="declaredAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
