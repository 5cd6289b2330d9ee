import { Alert, Box, Card, CardContent, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Button,
  DataTable,
  DateField,
  FunctionField,
  List,
  Loading,
  NumberField,
  ReferenceField,
  TextField,
  Title,
  useGetOne,
  type RaRecord,
} from 'react-admin';
import { kindName, type ContentKind } from '../access-requests/choices';
import { remaining, useCountdown } from '../access-requests/Countdown';
import { useLiveGrants, type LiveGrant } from './useLiveGrants';

const SORT: Record<ContentKind, { field: string; order: 'ASC' | 'DESC' }> = {
  children: { field: 'lastName', order: 'ASC' },
  observations: { field: 'observedAt', order: 'DESC' },
  parents: { field: 'lastName', order: 'ASC' },
  media: { field: 'takenAt', order: 'DESC' },
};

/** The child a record names, read under the same grant when it covers children; otherwise only the id. */
function ChildOf({ settingId, grant }: { settingId: string; grant: LiveGrant; label?: string }) {
  if (!grant.scopes.includes('children')) {
    return <FunctionField render={(r: RaRecord) => (r.childId ? `${String(r.childId).slice(0, 8)}…` : '—')} />;
  }
  return (
    <ReferenceField source="childId" reference={`settings/${settingId}/children`} link={false} emptyText="—">
      <FunctionField render={(c: RaRecord) => `${c.firstName} ${c.lastName}`} />
    </ReferenceField>
  );
}

function Columns({ kind, settingId, grant }: { kind: ContentKind; settingId: string; grant: LiveGrant }) {
  switch (kind) {
    case 'children':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="firstName" label="First name" />
          <DataTable.Col source="lastName" label="Last name" />
          <DataTable.Col source="knownAs" label="Known as"><TextField source="knownAs" emptyText="—" /></DataTable.Col>
          <DataTable.Col source="dateOfBirth" label="Date of birth"><DateField locales="en-GB" source="dateOfBirth" /></DataTable.Col>
          <DataTable.Col source="room" disableSort />
          <DataTable.Col source="notes" disableSort />
        </DataTable>
      );
    case 'observations':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="observedAt" label="Observed"><DateField locales="en-GB" source="observedAt" showTime /></DataTable.Col>
          <DataTable.Col label="Child" disableSort><ChildOf settingId={settingId} grant={grant} /></DataTable.Col>
          <DataTable.Col source="authorName" label="By" disableSort />
          <DataTable.Col source="area" disableSort />
          <DataTable.Col source="text" disableSort />
        </DataTable>
      );
    case 'parents':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="firstName" label="First name" />
          <DataTable.Col source="lastName" label="Last name" />
          <DataTable.Col source="relationship" disableSort />
          <DataTable.Col label="Child" disableSort><ChildOf settingId={settingId} grant={grant} /></DataTable.Col>
          <DataTable.Col source="email" disableSort />
          <DataTable.Col source="phone" disableSort />
        </DataTable>
      );
    case 'media':
      return (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="filename" />
          <DataTable.Col source="contentType" label="Type" disableSort />
          <DataTable.Col source="sizeBytes" label="Bytes" disableSort><NumberField source="sizeBytes" locales="en-GB" /></DataTable.Col>
          <DataTable.Col source="takenAt" label="Taken"><DateField locales="en-GB" source="takenAt" showTime emptyText="—" /></DataTable.Col>
          <DataTable.Col source="caption" disableSort><TextField source="caption" emptyText="—" /></DataTable.Col>
        </DataTable>
      );
  }
}

/**
 * One kind of a setting's content, read through the API under the caller's grant (each page read is audited there).
 * No export button: content is read in place, never taken away.
 */
function ContentList({ kind, settingId, grant }: { kind: ContentKind; settingId: string; grant: LiveGrant }) {
  return (
    <List
      resource={`settings/${settingId}/${kind}`}
      disableAuthentication // the route is the setting's, not a react-admin resource; the server checks the grant on every read
      disableSyncWithLocation
      storeKey={false}
      actions={false}
      title={<span />}
      sort={SORT[kind]}
      perPage={25}
      empty={<Typography sx={{ p: 2 }} color="text.secondary">This setting records no {kind}.</Typography>}
    >
      <Columns kind={kind} settingId={settingId} grant={grant} />
    </List>
  );
}

/** A setting's content, shown only while the caller holds a live grant for it: the kinds granted, and the time left. */
export function ContentPage() {
  const { settingId = '' } = useParams();
  const grants = useLiveGrants();
  const grant = grants.data?.find((g) => g.settingId === settingId);
  const { data: setting } = useGetOne('settings', { id: settingId }, { enabled: !!settingId });
  const { data: request } = useGetOne('access-requests', { id: grant?.id }, { enabled: !!grant });
  const [ended, setEnded] = useState<string | null>(null);
  const left = useCountdown(grant ? (request?.expiresAt as string | undefined) : null, () => {
    setEnded(grant?.id ?? null);
    void grants.refetch();
  });
  const [tab, setTab] = useState(0);

  if (grants.isPending) return <Loading />;
  const live = grant && ended !== grant.id;
  const kinds = (grant?.scopes ?? []) as ContentKind[];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={`Content of ${setting?.name ?? 'a setting'}`} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">{setting?.name ?? 'Setting'}: customer content</Typography>
            {live && left !== null && (
              <Typography role="timer" aria-label="Time left on this grant" color={left < 10 * 60_000 ? 'warning.main' : 'text.secondary'}>
                {remaining(left)}
              </Typography>
            )}
          </Box>
          {!live ? (
            <Alert severity="warning" sx={{ mt: 2 }} role="status">
              You hold no live grant for this setting, so its content is closed. Content opens only under an approved grant, for
              its kinds and until it expires, is revoked or its case is resolved.
              <Box sx={{ mt: 1 }}><Button label="My access requests" component={Link} to="/access-requests" /></Box>
            </Alert>
          ) : (
            <>
              <Alert severity="info" variant="outlined" sx={{ mt: 2 }}>
                Read-only, under your grant. Every page you open here is recorded in the audit log with the records shown.
              </Alert>
              <Tabs value={Math.min(tab, kinds.length - 1)} onChange={(_e, v: number) => setTab(v)} sx={{ mt: 2 }} aria-label="Content kinds">
                {kinds.map((k) => <Tab key={k} label={kindName(k)} />)}
              </Tabs>
              {kinds[Math.min(tab, kinds.length - 1)] && (
                <ContentList key={kinds[Math.min(tab, kinds.length - 1)]} kind={kinds[Math.min(tab, kinds.length - 1)]!} settingId={settingId} grant={grant} />
              )}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
