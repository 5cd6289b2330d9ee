import { DataTable, DateField, ReferenceField, ReferenceManyField, TextField, useCanAccess } from 'react-admin';
import { AccessStatusField } from '../access-requests/AccessStatusField';

/** The critical incident the case belongs to, if any. */
export function CaseIncidentField(_props: { label?: string }) {
  return <ReferenceField source="incidentId" reference="incidents" link="show" emptyText="Not part of a critical incident" />;
}

/** Every access request and grant made for the case, for those who may read them (a developer sees their own). */
export function CaseGrants(_props: { label?: string }) {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'access-requests', record: { id: 'case-grants' } });
  if (!canAccess) return null;
  return (
    <ReferenceManyField reference="access-requests" target="caseId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={50}
      empty={<span>No access has been asked for this case.</span>}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="requesterId" label="Developer" disableSort>
          <ReferenceField source="requesterId" reference="staff" link={false}><TextField source="name" /></ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="status" disableSort><AccessStatusField /></DataTable.Col>
        <DataTable.Col source="scopes" label="Content" disableSort render={(r) => (r.scopes as string[]).join(', ')} />
        <DataTable.Col source="expiresAt" label="Ends" disableSort>
          <DateField locales="en-GB" source="expiresAt" showTime emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}
