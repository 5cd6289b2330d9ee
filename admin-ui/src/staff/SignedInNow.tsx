import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading, Title, useGetList } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';
import { humanDuration } from '../common/duration';

interface Row { id: string; staffId: string; staffName: string; staffEmail: string; roles: string[]; createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null }

const roleName = (id: string) => ROLE_CHOICES.find((c) => c.id === id)?.name ?? id;

/** Everyone signed in at this moment, with when they signed in and were last active. */
export function SignedInNow() {
  const { data = [], total, isPending, error } = useGetList<Row>('sessions', {
    pagination: { page: 1, perPage: 500 }, sort: { field: 'lastSeenAt', order: 'DESC' }, filter: {},
  }, { refetchInterval: 30_000 });
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">Who is signed in could not be loaded.</Alert>;
  const now = Date.now();
  const people = new Set(data.map((r) => r.staffId)).size;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Signed in now" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>Signed in now</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} aria-label="Signed-in count">
            {people} {people === 1 ? 'person' : 'people'}, {total ?? data.length} live session(s). A session idle longer than the limit is not counted.
          </Typography>
          <Table size="small" aria-label="Live sessions">
            <TableHead>
              <TableRow><TableCell>Name</TableCell><TableCell>Roles</TableCell><TableCell>Signed in</TableCell><TableCell>Last active</TableCell><TableCell>From</TableCell></TableRow>
            </TableHead>
            <TableBody>
              {data.map((r) => (
                <TableRow key={r.id} aria-label={r.staffName}>
                  <TableCell>{r.staffName}<Typography variant="caption" component="div" color="text.secondary">{r.staffEmail}</Typography></TableCell>
                  <TableCell><Stack direction="row" spacing={0.5}>{r.roles.map((role) => <Chip key={role} size="small" label={roleName(role)} />)}</Stack></TableCell>
                  <TableCell>{humanDuration(now - new Date(r.createdAt).getTime())} ago</TableCell>
                  <TableCell>{humanDuration(now - new Date(r.lastSeenAt).getTime())} ago</TableCell>
                  <TableCell>{r.ip ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
}
