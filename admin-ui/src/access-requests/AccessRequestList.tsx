import { Box, Tooltip, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  List,
  Loading,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { AccessStatusField, ScopesField } from './AccessStatusField';
import { ApproveButton, DenyButton, OpenContentButton, RevokeButton } from './AccessActions';
import { ACCESS_STATUSES } from './choices';
import { ExpiryCountdown } from './Countdown';

const filters = [
  <SelectInput key="status" source="status" choices={ACCESS_STATUSES} alwaysOn />,
  <ReferenceInput key="settingId" source="settingId" reference="settings" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="Setting" optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <ReferenceInput key="requesterId" source="requesterId" reference="staff" sort={{ field: 'name', order: 'ASC' }} filter={{ roles: ['developer'] }}>
    <AutocompleteInput label="Requested by" optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SearchInput key="q" source="q" placeholder="Justification" />,
];

/** The justification, cut to two lines in the table (so the queue fits a laptop screen); whole on hover and on the request's page. */
function Justification(_props: { label?: string; source?: string; disableSort?: boolean }) {
  const record = useRecordContext();
  const text = String(record?.justification ?? '');
  return (
    <Tooltip title={text}>
      <Typography variant="body2" sx={{ minWidth: 160, maxWidth: 280, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}>{text}</Typography>
    </Tooltip>
  );
}

function RowActions(_props: { label?: string }) {
  return (
    // Stacked, so a row's decisions take one button's width and the queue fits a laptop screen.
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }} onClick={(e) => e.stopPropagation()}>
      <ApproveButton />
      <DenyButton />
      <OpenContentButton />
      <RevokeButton />
    </Box>
  );
}

/**
 * One list, three uses: a developer's own requests with the time left on each grant; an IT manager's queue (opens on
 * the pending ones, justification beside each, decided in place); and, filtered by setting, who accessed a customer's
 * data, when and why.
 */
export function AccessRequestList() {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  const roles = (identity?.roles as string[] | undefined) ?? [];
  const deciding = roles.includes('it_manager');
  const seesAll = deciding || roles.includes('smt');
  return (
    <List
      title={seesAll ? 'Access requests' : 'My access requests'}
      filters={filters}
      filterDefaultValues={deciding ? { status: 'pending' } : {}}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      empty={<EmptyState title="No access requests" hint="A developer asks for access from a support case." create={false} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="createdAt" label="Requested">
          <DateField locales="en-GB" source="createdAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="settingId" label="Setting" disableSort>
          <ReferenceField source="settingId" reference="settings" link="show" />
        </DataTable.Col>
        <DataTable.Col source="caseId" label="Case" disableSort>
          <ReferenceField source="caseId" reference="cases" link="show" />
        </DataTable.Col>
        {seesAll && (
          <DataTable.Col source="requesterId" label="Developer" disableSort>
            <ReferenceField source="requesterId" reference="staff" link={false} />
          </DataTable.Col>
        )}
        <DataTable.Col source="scopes" label="Kinds" disableSort>
          <ScopesField />
        </DataTable.Col>
        <DataTable.Col source="justification" label="Why" disableSort>
          <Justification />
        </DataTable.Col>
        <DataTable.Col source="status">
          <AccessStatusField />
        </DataTable.Col>
        <DataTable.Col source="expiresAt" label="Time left">
          <ExpiryCountdown />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <RowActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
