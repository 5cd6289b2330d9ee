import { Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { DataTable, DateField, List, useRecordContext } from 'react-admin';
import { kindName, type ContentKind } from '../access-requests/choices';

const SORT: Record<ContentKind, { field: string; order: 'ASC' | 'DESC' }> = {
  children: { field: 'code', order: 'ASC' },
  observations: { field: 'observedAt', order: 'DESC' },
  parents: { field: 'code', order: 'ASC' },
  media: { field: 'code', order: 'ASC' },
};

function Columns({ kind }: { kind: ContentKind }) {
  switch (kind) {
    case 'children':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="dateOfBirth" label="Born (shifted)"><DateField locales="en-GB" source="dateOfBirth" emptyText="—" /></DataTable.Col>
          <DataTable.Col source="ageBand" label="Age band" disableSort />
          <DataTable.Col source="room" disableSort />
          <DataTable.Col source="notes" disableSort />
        </DataTable>
      );
    case 'observations':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="observedAt" label="Observed (shifted)"><DateField locales="en-GB" source="observedAt" showTime /></DataTable.Col>
          <DataTable.Col source="childCode" label="Child" />
          <DataTable.Col source="authorCode" label="By" disableSort />
          <DataTable.Col source="area" disableSort />
          <DataTable.Col source="text" disableSort />
        </DataTable>
      );
    case 'parents':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="relationship" disableSort />
          <DataTable.Col source="childCode" label="Child" />
        </DataTable>
      );
    case 'media':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="contentType" label="Type" disableSort />
          <DataTable.Col source="sizeBucket" label="Size" disableSort />
          <DataTable.Col source="takenAt" label="Taken (shifted)"><DateField locales="en-GB" source="takenAt" showTime emptyText="—" /></DataTable.Col>
          <DataTable.Col source="childCode" label="Child" disableSort />
        </DataTable>
      );
  }
}

/** The copy's anonymised rows, kind by kind; the server lets only the grant's developer read them, while it lives. */
export function InvestigationRows() {
  const copy = useRecordContext();
  const [tab, setTab] = useState(0);
  const kinds = ((copy?.scopes as string[] | undefined) ?? []) as ContentKind[];
  const kind = kinds[Math.min(tab, kinds.length - 1)];
  if (!copy || !kind) return null;
  return (
    <>
      <Tabs value={Math.min(tab, kinds.length - 1)} onChange={(_e, v: number) => setTab(v)} aria-label="Copied kinds">
        {kinds.map((k) => <Tab key={k} label={kindName(k)} />)}
      </Tabs>
      <List
        key={kind}
        resource={`investigations/${copy.id}/${kind}`}
        disableAuthentication // not a react-admin resource: the server checks owner and live grant on every read
        disableSyncWithLocation
        storeKey={false}
        actions={false}
        title={<span />}
        sort={SORT[kind]}
        perPage={25}
        empty={<Typography sx={{ p: 2 }} color="text.secondary">No {kind} in this copy.</Typography>}
      >
        <Columns kind={kind} />
      </List>
    </>
  );
}
