import LogoutIcon from '@mui/icons-material/Logout';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Card, CardContent, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useLogout,
  useNotify,
  useRecordContext,
} from 'react-admin';
import type { CustodianDataProvider, LiveSession } from '../data/dataProvider';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function browserOf(userAgent: string | null): string {
  if (!userAgent) return 'unknown';
  const m = userAgent.match(/(Firefox|Edg|Chrome|Chromium|Safari)\/[\d.]+/);
  return m ? m[0].replace('Edg/', 'Edge/') : userAgent.slice(0, 40);
}

/** Who is signed in now: a staff member's live sessions, and a way to end them all. */
export function LiveSessions() {
  const record = useRecordContext();
  const id = record?.id;
  const dataProvider = useDataProvider<CustodianDataProvider>();
  const notify = useNotify();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const [asking, setAsking] = useState(false);
  const { canAccess: canRead } = useCanAccess({ resource: 'sessions', action: 'list' });
  const { canAccess: canEnd } = useCanAccess({ resource: 'sessions', action: 'delete' });
  const queryKey = ['staff', 'sessions', id];
  const sessions = useQuery({
    queryKey,
    queryFn: () => dataProvider.getSessions(id!).then((r) => r.data),
    enabled: id != null && !!canRead,
    refetchInterval: 30_000,
  });
  const isSelf = identity?.id != null && identity.id === id;
  const endAll = useMutation({
    mutationFn: () => dataProvider.endSessions(id!),
    onSuccess: () => {
      notify('All their sessions have ended; they must sign in again', { type: 'success' });
      if (isSelf) void logout();
      else void queryClient.invalidateQueries({ queryKey });
    },
    onError: (e: Error) => notify(e.message || 'Could not end the sessions', { type: 'error' }),
  });

  if (!record || !canRead) return null;
  const rows: LiveSession[] = sessions.data ?? [];
  return (
    <Card variant="outlined" sx={{ mt: 2 }} aria-label="Live sessions">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography variant="h6" sx={{ flex: 1 }}>
            Live sessions
          </Typography>
          <Button label="Refresh" onClick={() => void sessions.refetch()} disabled={sessions.isFetching}>
            <RefreshIcon />
          </Button>
          {canEnd && (
            <Button label="End all sessions" color="error" onClick={() => setAsking(true)} disabled={rows.length === 0 || endAll.isPending}>
              <LogoutIcon />
            </Button>
          )}
        </Box>
        {sessions.isPending ? (
          <Box sx={{ py: 2, textAlign: 'center' }}>
            <CircularProgress size={24} aria-label="Loading sessions" />
          </Box>
        ) : sessions.isError ? (
          <Alert severity="error">{(sessions.error as Error).message || 'Could not load the sessions'}</Alert>
        ) : rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Not signed in anywhere right now.
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>Signed in</TableCell>
                <TableCell>Last active</TableCell>
                <TableCell>Expires</TableCell>
                <TableCell>IP address</TableCell>
                <TableCell>Browser</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{when(s.createdAt)}</TableCell>
                  <TableCell>{when(s.lastSeenAt)}</TableCell>
                  <TableCell>{when(s.expiresAt)}</TableCell>
                  <TableCell>{s.ip ?? '—'}</TableCell>
                  <TableCell>
                    <Tooltip title={s.userAgent ?? ''}>
                      <span>{browserOf(s.userAgent)}</span>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <Confirm
        isOpen={asking}
        loading={endAll.isPending}
        title={`End all of ${record.name}'s sessions?`}
        content={
          isSelf
            ? 'This signs you out everywhere, this browser included.'
            : `${record.name} is signed out on every device at once and must sign in again.`
        }
        confirm="End all sessions"
        onConfirm={() => {
          setAsking(false);
          endAll.mutate();
        }}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
}
