import { Alert, Box, Card, CardContent, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading, Title, useGetOne } from 'react-admin';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { humanMinutes, untilOrLate } from '../common/duration';
import { when } from './common';

interface Row {
  id: string;
  title: string;
  day: number;
  ownerName: string | null;
  settingsAffected: number;
  nextUpdateDueAt: string | null;
  overdue: boolean;
  reminderDue: boolean;
  updates: number;
  onTime: number;
  missedDeadlines: number;
  missedUpdates?: number;
  lateDeclaration?: boolean;
  openTasks?: { telephone_update: number; written_confirmation: number; smt_contact: number };
  compliance: number | null;
  personalDataBreach: boolean;
  functionalityRemoved: boolean | null;
}

interface Dashboard {
  id: string;
  generatedAt: string;
  activeIncidents: number;
  settingsAffected: number;
  overdueCount: number;
  compliance: { windowDays: number; updates: number; onTime: number; late: number; overdueNow: number; share: number | null };
  byDay: { date: string; onTime: number; late: number }[];
  active: Row[];
  overdue: { id: string; title: string; ownerName: string | null; minutesOverdue: number; settingsAffected: number }[];
  recentlyResolved?: Row[];
}

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

function Figure({ label, value, tone }: { label: string; value: string | number; tone?: 'error' | 'success' }) {
  return (
    <Grid size={{ xs: 6, md: 3 }}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="caption" color="text.secondary">{label}</Typography>
          <Typography variant="h4" color={tone ? `${tone}.main` : undefined} aria-label={label}>{value}</Typography>
        </CardContent>
      </Card>
    </Grid>
  );
}

/** Per incident: customer updates on time, late, and deadlines missed without any update. */
function IncidentComplianceChart({ rows }: { rows: Row[] }) {
  const data = rows.map((r) => ({
    name: r.title.length > 28 ? `${r.title.slice(0, 27)}…` : r.title,
    'On time': r.onTime, Late: r.updates - r.onTime, 'Missed updates': r.missedUpdates ?? r.missedDeadlines,
  }));
  if (data.length === 0) return <Typography variant="body2">No incident in the last 30 days.</Typography>;
  return (
    <Box component="figure" sx={{ m: 0 }} aria-label="Update compliance per incident">
      <ResponsiveContainer width="100%" height={Math.max(160, 48 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={200} />
          <Tooltip />
          <Legend />
          <Bar dataKey="On time" stackId="u" fill="#3d6b66" isAnimationActive={false} />
          <Bar dataKey="Late" stackId="u" fill="#e0a030" isAnimationActive={false} />
          <Bar dataKey="Missed updates" fill="#c0392b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <Typography component="figcaption" variant="caption" color="text.secondary">
        Customer updates per incident: on time, late, and deadlines missed (each one emailed to SMT).
      </Typography>
    </Box>
  );
}

/** Customer updates per day, on time stacked under late. */
function ComplianceByDay({ days }: { days: Dashboard['byDay'] }) {
  return (
    <Box component="figure" sx={{ m: 0 }} aria-label="Update compliance by day">
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={days.map((d) => ({ date: d.date.slice(5), 'On time': d.onTime, Late: d.late }))}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="On time" stackId="d" fill="#3d6b66" isAnimationActive={false} />
          <Bar dataKey="Late" stackId="d" fill="#c0392b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <Typography component="figcaption" variant="caption" color="text.secondary">Customer updates per day over the last {days.length} days.</Typography>
    </Box>
  );
}

/** SMT's view across criticals: how many, how big, whether customers hear on time, and what is late now. */
export function SmtDashboard() {
  const { data, isPending, error } = useGetOne<Dashboard>('incidents', { id: 'dashboard' }, { refetchInterval: 30_000 });
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">The dashboard could not be loaded.</Alert>;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Critical incidents: SMT dashboard" />
      <Typography variant="h5" component="h1" gutterBottom>Critical incidents</Typography>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Figure label="Active incidents" value={data.activeIncidents} />
        <Figure label="Settings affected" value={data.settingsAffected} />
        <Figure label="Overdue now" value={data.overdueCount} tone={data.overdueCount ? 'error' : 'success'} />
        <Figure label={`Updates on time (${data.compliance.windowDays} days)`} value={pct(data.compliance.share)} />
      </Grid>
      {data.overdue.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} aria-label="Overdue">
          <strong>Customer updates overdue:</strong>
          <Box component="ul" sx={{ my: 0.5 }}>
            {data.overdue.map((o) => (
              <li key={o.id}>
                <Link to={`/incidents/${o.id}/show`}>{o.title}</Link> — {humanMinutes(o.minutesOverdue)} late, {o.settingsAffected} settings, owner {o.ownerName ?? '—'}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">Update compliance</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {data.compliance.onTime} of {data.compliance.updates} customer updates on time
            {data.compliance.overdueNow ? `, and ${data.compliance.overdueNow} deadline(s) running late now` : ''}.
          </Typography>
          <IncidentComplianceChart rows={[...data.active, ...(data.recentlyResolved ?? [])]} />
          <ComplianceByDay days={data.byDay} />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6">Active incidents</Typography>
          {data.active.length === 0 ? <Typography variant="body2">No critical is active.</Typography> : (
            <Table size="small" aria-label="Active incidents">
              <TableHead>
                <TableRow>
                  <TableCell>Incident</TableCell><TableCell>Day</TableCell><TableCell>Settings affected</TableCell>
                  <TableCell>Next update</TableCell><TableCell>Updates on time</TableCell><TableCell>Missed updates</TableCell>
                  <TableCell>Open today (calls / letters / SMT)</TableCell><TableCell>Owner</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.active.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell><Link to={`/incidents/${r.id}/show`}>{r.title}</Link>{r.personalDataBreach ? ' · data breach' : ''}{r.lateDeclaration ? ' · declared late' : ''}</TableCell>
                    <TableCell>{r.day}</TableCell>
                    <TableCell>{r.settingsAffected}</TableCell>
                    <TableCell sx={{ color: r.overdue ? 'error.main' : r.reminderDue ? 'warning.main' : undefined }}>
                      {r.overdue ? `OVERDUE · ${untilOrLate(r.nextUpdateDueAt, new Date(data.generatedAt).getTime())}` : when(r.nextUpdateDueAt)}
                    </TableCell>
                    <TableCell>{pct(r.compliance)} ({r.onTime}/{r.updates})</TableCell>
                    <TableCell>{r.missedUpdates ?? r.missedDeadlines}</TableCell>
                    <TableCell>{r.openTasks ? `${r.openTasks.telephone_update} / ${r.openTasks.written_confirmation} / ${r.openTasks.smt_contact}` : '—'}</TableCell>
                    <TableCell>{r.ownerName ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>As of {when(data.generatedAt)}.</Typography>
    </Box>
  );
}
