import { Alert, Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useNotify } from 'react-admin';
import { dataProvider } from '../data/dataProvider';

interface ProcessingRecord {
  generatedAt: string;
  controllers: { id: string; name: string; icoNumber: string | null; dpoName: string | null; dpoEmail: string | null }[];
  categoriesOfProcessing: { name: string; detail: string }[];
  subProcessors: { id: string; name: string; purpose: string; location: string; status: string }[];
  transfers: { recipient: string; location: string; safeguard: string }[];
  securityMeasures: string[];
}

/** The Art. 30(2) record, as it stands now; downloadable as Markdown for the file. */
export function ProcessingRecordPage() {
  const notify = useNotify();
  const query = useQuery({ queryKey: ['processing-record'], queryFn: () => dataProvider.processingRecord() });
  if (query.isPending) return <Loading />;
  if (query.error) return <Alert severity="error">{query.error.message}</Alert>;
  const r = query.data.data as unknown as ProcessingRecord;
  const download = async () => {
    try {
      const md = await dataProvider.processingRecordMarkdown();
      const url = URL.createObjectURL(new Blob([md], { type: 'text/markdown' }));
      Object.assign(document.createElement('a'), { href: url, download: `record-of-processing-${r.generatedAt.slice(0, 10)}.md` }).click();
      URL.revokeObjectURL(url);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Record of processing" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>Record of processing (UK GDPR Art. 30(2))</Typography>
          <Button variant="outlined" onClick={() => void download()} sx={{ mb: 2 }}>Download as Markdown</Button>
          <Typography variant="h6">Categories of processing</Typography>
          <ul>{r.categoriesOfProcessing.map((c) => <li key={c.name}><strong>{c.name}</strong>: {c.detail}</li>)}</ul>
          <Typography variant="h6">Sub-processors</Typography>
          <ul>{r.subProcessors.map((s) => <li key={s.id}>{s.name} — {s.purpose} ({s.location}, {s.status})</li>)}</ul>
          <Typography variant="h6">Transfers outside the UK</Typography>
          <ul>{r.transfers.length ? r.transfers.map((x) => <li key={x.recipient}>{x.recipient} ({x.location}): {x.safeguard}</li>) : <li>None.</li>}</ul>
          <Typography variant="h6">Security measures</Typography>
          <ul>{r.securityMeasures.map((m) => <li key={m}>{m}</li>)}</ul>
          <Typography variant="h6">Controllers ({r.controllers.length})</Typography>
          <Table size="small" aria-label="Controllers">
            <TableHead><TableRow><TableCell>Setting</TableCell><TableCell>ICO number</TableCell><TableCell>DPO</TableCell><TableCell>DPO email</TableCell></TableRow></TableHead>
            <TableBody>
              {r.controllers.map((c) => (
                <TableRow key={c.id}><TableCell>{c.name}</TableCell><TableCell>{c.icoNumber ?? '—'}</TableCell><TableCell>{c.dpoName ?? '—'}</TableCell><TableCell>{c.dpoEmail ?? '—'}</TableCell></TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
}
