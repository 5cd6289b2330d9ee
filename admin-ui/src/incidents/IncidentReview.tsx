import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button as MuiButton, Card, CardContent, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loading, Title, useGetOne } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { humanMinutes } from '../common/duration';
import { CONTACT_LABELS, StatusChip, when, type Incident } from './common';

interface Review {
  id: string;
  incident: Incident;
  ownerName: string | null;
  durationMinutes: number;
  days: number;
  customerUpdates: { updates: number; onTime: number; late: number; missedDeadlines: number; reminders: number; compliance: number | null };
  internalUpdates: number;
  decisions: { id: string; at: string; decision: string; message: string; actorName: string | null }[];
  cases: { id: string; title: string; status: string; settingName: string | null }[];
  tasks: Record<string, { title: string; role: string; total: number; done: number }>;
  mail: { kind: string; status: string; n: number }[];
  timeline: { id: string; at: string; kind: string; contactKind: string | null; actorName: string | null; settingName: string | null; message: string | null }[];
}

const Stat = ({ label, value }: { label: string; value: string | number }) => (
  <Grid size={{ xs: 6, md: 2 }}>
    <Typography variant="caption" color="text.secondary" component="div">{label}</Typography>
    <Typography variant="h6" component="div">{value}</Typography>
  </Grid>
);

/** What happened, how fast customers heard, which tasks were done: for SMT's review, downloadable as Markdown or JSON. */
export function IncidentReview() {
  const { id } = useParams<{ id: string }>();
  const { data, isPending, error } = useGetOne<Review>(`incidents/${id}`, { id: 'review' });
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">The review could not be loaded.</Alert>;
  const i = data.incident;
  const json = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const pct = data.customerUpdates.compliance === null ? '—' : `${Math.round(data.customerUpdates.compliance * 100)}%`;
  return (
    <Box sx={{ p: 2, maxWidth: 1100 }}>
      <Title title={`Review: ${i.title}`} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h5" component="h1">Post-incident review: {i.title}</Typography>
        <StatusChip status={i.status} />
        <Box sx={{ flex: 1 }} />
        <MuiButton startIcon={<DownloadIcon />} href={`/api/incidents/${i.id}/review?format=markdown`} download={`incident-${i.id}-review.md`}>Markdown</MuiButton>
        <MuiButton startIcon={<DownloadIcon />} href={json} download={`incident-${i.id}-review.json`}>JSON</MuiButton>
        <MuiButton component={Link} to={`/incidents/${i.id}/show`}>Incident room</MuiButton>
      </Stack>
      {i.status !== 'resolved' && <Alert severity="info" sx={{ mb: 2 }}>The incident is still active: this review is provisional.</Alert>}
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Grid container spacing={2}>
            <Stat label="Duration" value={humanMinutes(data.durationMinutes)} />
            <Stat label="Incident days" value={data.days} />
            <Stat label="Settings affected" value={i.affectedSettingsCount} />
            <Stat label="Customer updates" value={data.customerUpdates.updates} />
            <Stat label="On time" value={pct} />
            <Stat label="Missed deadlines" value={data.customerUpdates.missedDeadlines} />
          </Grid>
          <Typography variant="body2" sx={{ mt: 2 }}>
            Discovered {when(i.discoveredAt)}, declared {when(i.declaredAt)}, resolved {when(i.resolvedAt)}; owner {data.ownerName ?? '—'}.
            Functionality {i.functionalityRemoved === null ? 'was never decided on' : i.functionalityRemoved ? 'was removed' : 'was kept available'}.
            {i.personalDataBreach ? ` Personal data breach: DPOs told ${when(i.breachNotifiedAt)}.` : ''}
          </Typography>
          {i.resolutionSummary && <Typography variant="body1" sx={{ mt: 1 }}><strong>Summary:</strong> {i.resolutionSummary}</Typography>}
        </CardContent>
      </Card>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="h6">The playbook</Typography>
          <Table size="small" aria-label="Playbook">
            <TableBody>
              {Object.entries(data.tasks).filter(([, t]) => t.total > 0).map(([key, t]) => (
                <TableRow key={key}>
                  <TableCell>{t.title}</TableCell>
                  <TableCell sx={{ color: t.done < t.total ? 'error.main' : 'success.main', whiteSpace: 'nowrap' }}>{t.done} / {t.total}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="h6">Decisions</Typography>
          {data.decisions.length === 0 ? <Typography variant="body2">None recorded.</Typography> : data.decisions.map((d) => (
            <Typography key={d.id} variant="body2" sx={{ mb: 0.5 }}>
              {when(d.at)} — {d.decision === 'remove_functionality' ? 'remove' : 'keep'} ({d.actorName ?? '—'}): {d.message}
            </Typography>
          ))}
          <Typography variant="h6" sx={{ mt: 2 }}>Linked cases</Typography>
          {data.cases.length === 0 ? <Typography variant="body2">None.</Typography> : data.cases.map((c) => (
            <Typography key={c.id} variant="body2"><Link to={`/cases/${c.id}/show`}>{c.title}</Link> — {c.settingName} ({c.status})</Typography>
          ))}
        </Grid>
      </Grid>
      <Typography variant="h6">Timeline</Typography>
      <Table size="small" aria-label="Review timeline">
        <TableHead><TableRow><TableCell>When</TableCell><TableCell>What</TableCell><TableCell>Who</TableCell><TableCell>Detail</TableCell></TableRow></TableHead>
        <TableBody>
          {data.timeline.map((e) => (
            <TableRow key={e.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(e.at)}</TableCell>
              <TableCell>{e.kind.replace(/_/g, ' ')}{e.contactKind ? ` (${CONTACT_LABELS[e.contactKind] ?? e.contactKind})` : ''}</TableCell>
              <TableCell>{e.actorName ?? 'system'}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{[e.settingName, e.message].filter(Boolean).join(': ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
