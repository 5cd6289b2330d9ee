import { Alert, Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useGetOne, useNotify } from 'react-admin';
import { useParams } from 'react-router-dom';
import { dataProvider } from '../data/dataProvider';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Every content access to one setting in a period: who, role, when, case, why, which kinds, how many records. */
export function AccessReportPage() {
  const { settingId = '' } = useParams();
  const notify = useNotify();
  const today = new Date();
  const [from, setFrom] = useState(day(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1))));
  const [to, setTo] = useState(day(new Date(today.getTime() + 86_400_000)));
  const setting = useGetOne('settings', { id: settingId });
  const report = useQuery({ queryKey: ['access-report', settingId, from, to], queryFn: () => dataProvider.accessReport(settingId, from, to) });
  const download = async () => {
    try {
      const csv = await dataProvider.accessReportCsv(settingId, from, to);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: `access-report-${from}-${to}.csv` });
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Access report" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>Who accessed {setting.data?.name ?? 'this setting'}'s records</Typography>
          <Stack direction="row" spacing={2} sx={{ my: 2, alignItems: "center" }}>
            <TextField type="date" label="From" size="small" value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField type="date" label="To (exclusive)" size="small" value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <Button variant="outlined" onClick={() => void download()}>Download CSV</Button>
          </Stack>
          {report.isPending ? <Loading /> : report.error ? <Alert severity="error">{report.error.message}</Alert> : report.data.data.length === 0 ? (
            <Alert severity="info">Nobody accessed this setting's records in this period.</Alert>
          ) : (
            <Table size="small" aria-label="Accesses">
              <TableHead>
                <TableRow>
                  <TableCell>When</TableCell><TableCell>Who</TableCell><TableCell>Role</TableCell><TableCell>Case</TableCell>
                  <TableCell>Why</TableCell><TableCell>Kinds</TableCell><TableCell align="right">Records</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.data.data.map((r, i) => (
                  <TableRow key={i}>
                    <TableCell>{new Date(r.at).toLocaleString('en-GB')}</TableCell>
                    <TableCell>{r.staffName ?? '—'}</TableCell>
                    <TableCell>{r.roles.join(', ')}</TableCell>
                    <TableCell>{r.caseTitle ?? '—'}</TableCell>
                    <TableCell>{r.justification ?? '—'}</TableCell>
                    <TableCell>{r.action === 'investigation_copy' ? 'anonymised copy: ' : ''}{r.kinds.join(', ')}</TableCell>
                    <TableCell align="right">{r.recordCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
