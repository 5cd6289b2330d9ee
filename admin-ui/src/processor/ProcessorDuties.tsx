import { Alert, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useGetList } from 'react-admin';
import { Link } from 'react-router-dom';
import { dataProvider } from '../data/dataProvider';

function ReviewDue() {
  const { canAccess } = useCanAccess({ resource: 'access-reviews', action: 'create' });
  const due = useQuery({ queryKey: ['access-reviews', 'due'], queryFn: () => dataProvider.reviewDue(), enabled: !!canAccess });
  if (!canAccess || !due.data) return null;
  const { term, done } = due.data.data;
  return done
    ? <Alert severity="success" aria-label="Access review">The {term} access review is done.</Alert>
    : <Alert severity="warning" aria-label="Access review">The {term} access review is due: <Link to="/access-reviews/create">review who holds which role</Link>.</Alert>;
}

function OverdueSubjectRequests() {
  const { canAccess } = useCanAccess({ resource: 'subject-requests', action: 'list' });
  const { total } = useGetList('subject-requests', { filter: { overdue: true }, pagination: { page: 1, perPage: 1 } }, { enabled: !!canAccess });
  if (!canAccess || !total) return null;
  const filter = encodeURIComponent(JSON.stringify({ overdue: true }));
  return (
    <Alert severity="error" aria-label="Overdue subject requests">
      {total} data subject request{total === 1 ? ' is' : 's are'} past the one-month deadline: <Link to={`/subject-requests?filter=${filter}`}>see them</Link>.
    </Alert>
  );
}

/** The processor's standing obligations that need someone now. */
export function ProcessorDuties() {
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <ReviewDue />
      <OverdueSubjectRequests />
    </Stack>
  );
}
