import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ReferenceField, TextField, useCanAccess, useGetIdentity, useGetOne } from 'react-admin';
import { Link } from 'react-router-dom';
import { usePendingDecisions } from '../AppMenu';
import { humanDuration, untilOrLate } from '../common/duration';

interface ActiveIncident {
  id: string;
  title: string;
  day: number;
  nextUpdateDueAt: string | null;
  overdue: boolean;
  reminderDue: boolean;
  missedUpdates?: number;
  settingsAffected: number;
  openTasks?: { telephone_update: number; written_confirmation: number; smt_contact: number };
}
interface IncidentDashboard { id: string; generatedAt: string; active: ActiveIncident[] }

function Queue({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ mb: 2 }} aria-label={title}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2">{title}</Typography>
          <Chip size="small" label={count} color={count ? 'warning' : 'success'} aria-label={`${title}: ${count}`} />
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

/** IT: access requests waiting for a decision, oldest first (undecided, they lapse after 24 hours). */
function DecisionsQueue() {
  const { requests, isPending } = usePendingDecisions(true);
  if (isPending) return null;
  return (
    <Queue title="Requests to decide" count={requests.length}>
      {requests.length === 0 ? <Typography variant="body2">No access request is waiting for you.</Typography> : (
        <List dense disablePadding>
          {requests.map((r) => (
            <ListItem key={r.id} disableGutters aria-label="Request to decide">
              <ListItemText
                primary={<>
                  <Link to={`/access-requests/${r.id}/show`}>Decide</Link>{' · '}
                  <ReferenceField record={r} source="requesterId" reference="staff" link={false}><TextField source="name" /></ReferenceField>
                  {' asks for '}{(r.scopes as string[]).join(', ')}{' of '}
                  <ReferenceField record={r} source="settingId" reference="settings" link={false}><TextField source="name" /></ReferenceField>
                </>}
                secondary={`${r.justification as string} — waiting ${humanDuration(Date.now() - new Date(r.createdAt as string).getTime())}, lapses ${untilOrLate(r.respondBy as string)}`}
                slotProps={{ primary: { component: 'div' } }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Queue>
  );
}

/** Support: the next customer update of each active incident, and today's calls and letters still owed. */
function SupportQueue({ data }: { data: IncidentDashboard }) {
  const now = new Date(data.generatedAt).getTime();
  const owed = data.active.reduce((n, i) => n + (i.openTasks?.telephone_update ?? 0) + (i.openTasks?.written_confirmation ?? 0), 0);
  return (
    <>
      <Queue title="Customer updates due" count={data.active.filter((i) => i.overdue || i.reminderDue).length}>
        {data.active.length === 0 ? <Typography variant="body2">No critical is active.</Typography> : (
          <List dense disablePadding>
            {data.active.map((i) => (
              <ListItem key={i.id} disableGutters>
                <ListItemText
                  primary={<><Link to={`/incidents/${i.id}/show`}>{i.title}</Link> — day {i.day}, {i.settingsAffected} settings</>}
                  secondary={i.overdue ? `Update overdue: ${untilOrLate(i.nextUpdateDueAt, now)}` : `Next update due ${untilOrLate(i.nextUpdateDueAt, now)}`}
                  slotProps={{ secondary: { color: i.overdue ? 'error' : i.reminderDue ? 'warning.main' : undefined } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Queue>
      <Queue title="Calls and letters owed today" count={owed}>
        {owed === 0 ? <Typography variant="body2">Every affected setting has had today's call and letter.</Typography> : (
          <List dense disablePadding>
            {data.active.filter((i) => (i.openTasks?.telephone_update ?? 0) + (i.openTasks?.written_confirmation ?? 0) > 0).map((i) => (
              <ListItem key={i.id} disableGutters>
                <ListItemText primary={<><Link to={`/incidents/${i.id}/show`}>{i.title}</Link>: {i.openTasks!.telephone_update} call(s), {i.openTasks!.written_confirmation} letter(s)</>} />
              </ListItem>
            ))}
          </List>
        )}
      </Queue>
    </>
  );
}

/** SMT: the day-3 contacts still owed, updates overdue, and the active incidents by day. */
function SmtQueue({ data }: { data: IncidentDashboard }) {
  const now = new Date(data.generatedAt).getTime();
  const contacts = data.active.filter((i) => (i.openTasks?.smt_contact ?? 0) > 0);
  const overdue = data.active.filter((i) => i.overdue);
  const days = [...new Set(data.active.map((i) => i.day))].sort((a, b) => b - a);
  return (
    <>
      <Queue title="SMT contacts owed" count={contacts.reduce((n, i) => n + i.openTasks!.smt_contact, 0)}>
        {contacts.length === 0 ? <Typography variant="body2">No setting is waiting for an SMT contact.</Typography> : (
          <List dense disablePadding>
            {contacts.map((i) => (
              <ListItem key={i.id} disableGutters>
                <ListItemText primary={<><Link to={`/incidents/${i.id}/show`}>{i.title}</Link>: {i.openTasks!.smt_contact} setting(s) to contact (day {i.day})</>} />
              </ListItem>
            ))}
          </List>
        )}
      </Queue>
      <Queue title="Overdue updates" count={overdue.length}>
        {overdue.length === 0 ? <Typography variant="body2">Every customer update is on time.</Typography> : (
          <List dense disablePadding>
            {overdue.map((i) => (
              <ListItem key={i.id} disableGutters>
                <ListItemText primary={<><Link to={`/incidents/${i.id}/show`}>{i.title}</Link>: {untilOrLate(i.nextUpdateDueAt, now)}, {i.missedUpdates ?? 0} missed update(s)</>} />
              </ListItem>
            ))}
          </List>
        )}
      </Queue>
      <Queue title="Incidents by day" count={data.active.length}>
        {days.length === 0 ? <Typography variant="body2">No critical is active.</Typography> : days.map((d) => (
          <Box key={d} sx={{ mb: 0.5 }}>
            <Typography variant="subtitle2" component="span">Day {d}: </Typography>
            {data.active.filter((i) => i.day === d).map((i, n) => <span key={i.id}>{n ? ', ' : ''}<Link to={`/incidents/${i.id}/show`}>{i.title}</Link></span>)}
          </Box>
        ))}
      </Queue>
    </>
  );
}

function IncidentQueues({ support, smt }: { support: boolean; smt: boolean }) {
  const { data, error } = useGetOne<IncidentDashboard>('incidents', { id: 'dashboard' }, { refetchInterval: 30_000 });
  if (error) return <Alert severity="error">The incidents could not be loaded.</Alert>;
  if (!data) return null;
  return <>{support && <SupportQueue data={data} />}{smt && <SmtQueue data={data} />}</>;
}

/** What is waiting for the signed-in person, by role: the home page's first screen. */
export function WorkQueue() {
  const { identity } = useGetIdentity();
  const { canAccess: canDecide } = useCanAccess({ action: 'approve', resource: 'access-requests', record: { id: 'work-queue' } });
  const roles = (identity?.roles as string[] | undefined) ?? [];
  const support = roles.includes('support');
  const smt = roles.includes('smt');
  if (!canDecide && !support && !smt) return null;
  return (
    <Box aria-label="Work queue" sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>Your work queue</Typography>
      {canDecide && <DecisionsQueue />}
      {(support || smt) && <IncidentQueues support={support} smt={smt} />}
    </Box>
  );
}
