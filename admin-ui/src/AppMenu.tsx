import DashboardIcon from '@mui/icons-material/Insights';
import OnlineIcon from '@mui/icons-material/HowToReg';
import { Box, Chip } from '@mui/material';
import { Menu, useCanAccess, useGetIdentity, useGetList } from 'react-admin';
import { ProcessingRecordMenuItem } from './processor';

/** Requests an IT manager can decide now: pending, and not their own. */
export function usePendingDecisions(enabled: boolean) {
  const { identity } = useGetIdentity();
  const { data = [], isPending } = useGetList('access-requests', {
    filter: { status: 'pending' }, pagination: { page: 1, perPage: 200 }, sort: { field: 'createdAt', order: 'ASC' },
  }, { enabled: enabled && !!identity, refetchInterval: 30_000 });
  return { requests: data.filter((r) => r.requesterId !== identity?.id), isPending };
}

function AccessRequestsLabel() {
  // Asked with an id of its own: react-admin caches a permission answer by record id.
  const { canAccess: canDecide } = useCanAccess({ action: 'approve', resource: 'access-requests', record: { id: 'menu-badge' } });
  const { requests } = usePendingDecisions(!!canDecide);
  if (!canDecide || requests.length === 0) return <>Access requests</>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      Access requests
      <Chip size="small" color="error" label={requests.length} aria-label={`${requests.length} to decide`} sx={{ height: 20 }} />
    </Box>
  );
}

function SmtDashboardItem() {
  const { identity } = useGetIdentity();
  const roles = (identity?.roles as string[] | undefined) ?? [];
  if (!roles.includes('smt')) return null;
  return <Menu.Item to="/incident-dashboard" primaryText="SMT dashboard" leftIcon={<DashboardIcon />} />;
}

function SignedInItem() {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'sessions', record: { id: 'menu-sessions' } });
  if (!canAccess) return null;
  return <Menu.Item to="/signed-in" primaryText="Signed in now" leftIcon={<OnlineIcon />} />;
}

/** The resources each role may open, with SMT's dashboard, who is signed in, IT's count of requests waiting, and the Art. 30 record. */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="incidents" />
      <SmtDashboardItem />
      <Menu.ResourceItem name="settings" />
      <Menu.ResourceItem name="cases" />
      <Menu.ResourceItem name="staff" />
      <SignedInItem />
      <Menu.ResourceItem name="audit-events" />
      <Menu.ResourceItem name="outbox" />
      <Menu.ResourceItem name="access-requests" primaryText={<AccessRequestsLabel />} />
      <Menu.ResourceItem name="investigations" />
      <Menu.ResourceItem name="sub-processors" />
      <Menu.ResourceItem name="access-reviews" />
      <Menu.ResourceItem name="subject-requests" />
      <ProcessingRecordMenuItem />
    </Menu>
  );
}
