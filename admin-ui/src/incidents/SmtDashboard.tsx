import { Alert, Box, Card, CardContent, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading, Title, useGetOne } from 'react-admin';
import { Link } from 'react-router-dom';
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

/** Customer updates per day, on time stacked under late: a plain SVG, no charting library needed for two series. */
function ComplianceChart({ days }: { days: Dashboard['byDay'] }) {
  const width = 640;
  const height = 180;
  const pad = 24;
  const max = Math.max(1, ...days.map((d) => d.onTime + d.late));
  const bar = (width - pad * 2) / days.length;
  const y = (n: number) => ((height - pad * 2) * n) / max;
  return (
    <Box component="figure" sx={{ m: 0 }} aria-label="Update compliance by day">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label="Customer updates per day: on time and late">
        {days.map((d, i) => {
          const x = pad + i * bar + 3;
          const onTime = y(d.onTime);
          const late = y(d.late);
          return (
            <g key={d.date}>
              <title>{`${d.date}: ${d.onTime} on time, ${d.late} late`}</title>
              <rect x={x} y={height - pad - onTime} width={bar - 6} height={onTime} fill="#3d6b66" />
              <rect x={x} y={height - pad - onTime - late} width={bar - 6} height={late} fill="#c0392b" />
              <text x={x + (bar - 6) / 2} y={height - 8} fontSize="9" textAnchor="middle" fill="#555">{d.date.slice(5)}</text>
            </g>
          );
        })}
        <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="#999" />
      </svg>
      <Typography component="figcaption" variant="caption" color="text.secondary">
        Customer updates per day over the last {days.length} days: <span style={{ color: '#3d6b66' }}>■</span> on time,{' '}
        <span style={{ color: '#c0392b' }}>■</span> late.
      </Typography>
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
                <Link to={`/incidents/${o.id}/show`}>{o.title}</Link> — {o.minutesOverdue} min late, {o.settingsAffected} settings, owner {o.ownerName ?? '—'}
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
          <ComplianceChart days={data.byDay} />
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
                  <TableCell>Next update</TableCell><TableCell>Updates on time</TableCell><TableCell>Missed deadlines</TableCell><TableCell>Owner</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.active.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell><Link to={`/incidents/${r.id}/show`}>{r.title}</Link>{r.personalDataBreach ? ' · data breach' : ''}</TableCell>
                    <TableCell>{r.day}</TableCell>
                    <TableCell>{r.settingsAffected}</TableCell>
                    <TableCell sx={{ color: r.overdue ? 'error.main' : r.reminderDue ? 'warning.main' : undefined }}>
                      {r.overdue ? 'OVERDUE' : when(r.nextUpdateDueAt)}
                    </TableCell>
                    <TableCell>{pct(r.compliance)} ({r.onTime}/{r.updates})</TableCell>
                    <TableCell>{r.missedDeadlines}</TableCell>
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
