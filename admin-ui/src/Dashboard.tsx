import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useCanAccess, useGetIdentity } from 'react-admin';
import { ROLE_CHOICES } from './common/choices';
import { ProcessorDuties } from './processor';
import { WorkQueue } from './work-queue/WorkQueue';

const roleName = (id: string) => ROLE_CHOICES.find((c) => c.id === id)?.name ?? id;

const PLACES = [
  { resource: 'incidents', label: 'Critical incidents', what: 'the escalation playbook: update clock, checklist per setting, timeline' },
  { resource: 'access-requests', label: 'Access requests', what: 'time-boxed access to one setting\'s records for one case, approved by IT' },
  { resource: 'investigations', label: 'Investigation copies', what: 'anonymised copies for deeper work, deleted with their grant' },
  { resource: 'settings', label: 'Settings', what: 'the customers we host: names, contacts, subscription, ICO number' },
  { resource: 'cases', label: 'Cases', what: 'support cases raised for a setting' },
  { resource: 'staff', label: 'Staff', what: 'staff accounts, roles, lockouts and live sessions' },
  { resource: 'audit-events', label: 'Audit log', what: 'everything that happened, in a tamper-evident chain' },
  { resource: 'outbox', label: 'Mail', what: 'every email the product has sent or is about to send' },
  { resource: 'sub-processors', label: 'Sub-processors', what: 'who processes customers\' data for us; new ones are notified to every DPO' },
  { resource: 'access-reviews', label: 'Access reviews', what: 'each term, who holds which role and whether they still should' },
  { resource: 'subject-requests', label: 'Subject requests', what: 'data subject requests settings forward to us, each with its one-month clock' },
  { resource: 'processing-record', label: 'Record of processing', what: 'the Art. 30(2) record: controllers, processing, sub-processors, transfers, security' },
] as const;

function Place({ resource, label, what }: (typeof PLACES)[number]) {
  const { canAccess } = useCanAccess({ resource, action: 'list' });
  if (!canAccess) return null;
  // The record of processing is one page, not a list.
  if (resource === 'processing-record') return <li><Link to="/processing-record">{label}</Link> — {what}</li>;
  return (
    <li>
      <Link to={`/${resource}`}>{label}</Link> — {what}
    </li>
  );
}

/** The role's work queue first, then who you are signed in as and what Custodian lets you see. */
export function Dashboard() {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  const roles = (identity?.roles as string[] | undefined) ?? [];
  const isSupport = roles.includes('support');
  const isDeveloper = roles.includes('developer');
  return (
    <Box sx={{ mt: 2, maxWidth: 860 }}>
      <Title title="Custodian" />
      <WorkQueue />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Welcome, {identity?.fullName}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mb: 2 }} aria-label="Your roles">
            {roles.map((r) => (
              <Chip key={r} label={roleName(r)} size="small" color="primary" variant="outlined" />
            ))}
          </Stack>
          <ProcessorDuties />
          <Typography variant="body1" sx={{ mt: 2 }}>You can open:</Typography>
          <Box component="ul" sx={{ mt: 0.5 }}>
            {PLACES.map((p) => (
              <Place key={p.resource} {...p} />
            ))}
          </Box>
          {isSupport && (
            <Alert severity="info" sx={{ mt: 2 }} aria-label="What you can and cannot see">
              <strong>What you can and cannot see.</strong> You can create and update settings (their basic details only) and log and
              manage support cases. You never see a setting's children, families, observations or media: those are the setting's
              records, and only a developer reaches them, through a time-boxed grant approved by an IT manager.
            </Alert>
          )}
          {!isSupport && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {isDeveloper
                ? 'Customer content (children, families, observations, media) opens only under a live grant: one setting, one case, the kinds you asked for, approved by an IT manager. Every read is recorded.'
                : 'Customer content (children, families, observations, media) is never shown here; the server decides every request.'}
            </Typography>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
