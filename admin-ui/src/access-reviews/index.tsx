import { Chip } from '@mui/material';
import {
  ArrayField,
  DataTable,
  DateField,
  List,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ReviewScreen } from './ReviewScreen';

function Tally() {
  const record = useRecordContext();
  if (!record) return null;
  const entries = (record.entries as { decision: string }[]) ?? [];
  const count = (d: string) => entries.filter((e) => e.decision === d).length;
  return <span>{entries.length} reviewed · {count('change')} change · {count('remove')} removed</span>;
}

function DecisionChip() {
  const record = useRecordContext();
  if (!record) return null;
  const colour = record.decision === 'remove' ? 'error' : record.decision === 'change' ? 'warning' : 'default';
  return <Chip size="small" label={String(record.decision)} color={colour} />;
}

function AccessReviewList() {
  return (
    <List sort={{ field: 'completedAt', order: 'DESC' }} empty={<EmptyState title="No access reviews yet" hint="Review who holds which role once a term." />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="term" />
        <DataTable.Col source="reviewerId" label="Reviewer" disableSort><ReferenceField source="reviewerId" reference="staff" link={false} /></DataTable.Col>
        <DataTable.Col source="completedAt" label="Completed"><DateField locales="en-GB" source="completedAt" showTime /></DataTable.Col>
        <DataTable.Col label="Decisions" disableSort><Tally /></DataTable.Col>
      </DataTable>
    </List>
  );
}

function AccessReviewShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="term" />
        <ReferenceField source="reviewerId" reference="staff" link={false} label="Reviewer" />
        <DateField locales="en-GB" source="completedAt" showTime />
        <ArrayField source="entries">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="roles" render={(e: RaRecord) => (e.roles as string[]).join(', ')} />
            <DataTable.Col source="lastSignInAt" label="Last sign-in"><DateField locales="en-GB" source="lastSignInAt" showTime emptyText="never" /></DataTable.Col>
            <DataTable.Col source="decision"><DecisionChip /></DataTable.Col>
            <DataTable.Col source="note" />
          </DataTable>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: AccessReviewList,
  show: AccessReviewShow,
  create: ReviewScreen,
  recordRepresentation: (record: RaRecord) => String(record.term ?? ''),
};
