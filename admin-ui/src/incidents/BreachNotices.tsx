import {
  Alert, Box, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Tab, Table, TableBody, TableCell, TableHead,
  TableRow, Tabs, TextField, Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useGetList, useNotify, useRefresh } from 'react-admin';
import { when, type Incident } from './common';

/** UK GDPR Art. 33(3): what the processor tells each controller, in the regulation's order. */
const HEADINGS = [
  { source: 'natureOfBreach', label: 'Nature of the personal data breach', multiline: true },
  { source: 'dataCategories', label: 'Categories of personal data concerned (comma separated)', multiline: false },
  { source: 'approxSubjects', label: 'Approximate number of data subjects concerned', multiline: false, number: true },
  { source: 'approxRecords', label: 'Approximate number of personal data records concerned', multiline: false, number: true },
  { source: 'likelyConsequences', label: 'Likely consequences of the breach', multiline: true },
  { source: 'measuresTaken', label: 'Measures taken or proposed to address it and mitigate its effects', multiline: true },
  { source: 'contactPoint', label: 'Contact point for more information', multiline: false },
] as const;

type Form = Record<(typeof HEADINGS)[number]['source'], string>;
const EMPTY: Form = { natureOfBreach: '', dataCategories: '', approxSubjects: '', approxRecords: '', likelyConsequences: '', measuresTaken: '', contactPoint: '' };

interface PreviewMail { id: string; settingName: string | null; to: string; subject: string; body: string; followUp: boolean }
interface NoticeRow { id: string; settingId: string; settingName: string | null; sentAt: string; hoursSinceAwareness: number; followUp: boolean; notice: number; sentTo: string }

function body(form: Form) {
  return {
    natureOfBreach: form.natureOfBreach,
    dataCategories: form.dataCategories.split(',').map((c) => c.trim()).filter(Boolean),
    approxSubjects: Number(form.approxSubjects),
    approxRecords: Number(form.approxRecords),
    likelyConsequences: form.likelyConsequences,
    measuresTaken: form.measuresTaken,
    contactPoint: form.contactPoint,
  };
}

/** The Art. 33(3) form; "Preview" shows each DPO's email exactly as the server would send it. */
function NoticeDialog({ incident, onClose, followUp }: { incident: Incident; onClose: () => void; followUp: boolean }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [form, setForm] = useState<Form>(EMPTY);
  const [preview, setPreview] = useState<PreviewMail[] | null>(null);
  const [shown, setShown] = useState(0);
  const complete = HEADINGS.every((h) => form[h.source].trim() !== '') && Number.isInteger(Number(form.approxSubjects)) && Number.isInteger(Number(form.approxRecords));
  const look = useMutation({
    mutationFn: async () => (await dataProvider.create(`incidents/${incident.id}/breach-notices/preview`, { data: body(form) })).data as unknown as PreviewMail[],
    onSuccess: (mails) => { setPreview(Object.values(mails)); setShown(0); },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const send = useMutation({
    mutationFn: () => dataProvider.create(`incidents/${incident.id}/breach-notices`, { data: body(form) }),
    onSuccess: () => { notify('Breach notice sent to each DPO', { type: 'info' }); refresh(); onClose(); },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const set = (k: keyof Form) => (e: React.ChangeEvent<HTMLInputElement>) => { setForm({ ...form, [k]: e.target.value }); setPreview(null); };
  const mail = preview?.[shown];
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="breach-notice-title">
      <DialogTitle id="breach-notice-title">{followUp ? 'Send a follow-up breach notice' : 'Send the breach notice'} (UK GDPR Art. 33(3))</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {HEADINGS.map((h) => (
            <TextField key={h.source} label={h.label} value={form[h.source]} onChange={set(h.source)} required multiline={h.multiline}
              minRows={h.multiline ? 2 : undefined} type={'number' in h ? 'number' : 'text'} slotProps={{ htmlInput: 'number' in h ? { min: 0 } : {} }} />
          ))}
        </Stack>
        {mail && (
          <Card variant="outlined" sx={{ mt: 2 }} aria-label="Email preview">
            <CardContent>
              {preview!.length > 1 && (
                <Tabs value={shown} onChange={(_e, v: number) => setShown(v)} variant="scrollable" sx={{ mb: 1 }}>
                  {preview!.map((p, i) => <Tab key={p.id} value={i} label={p.settingName ?? p.to} />)}
                </Tabs>
              )}
              <Typography variant="caption" color="text.secondary">To {mail.to} · {preview!.length} DPO email(s)</Typography>
              <Typography variant="subtitle2">{mail.subject}</Typography>
              <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: '0.85rem', m: 0 }}>{mail.body}</Box>
            </CardContent>
          </Card>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="Cancel" onClick={onClose} />
        <Button label="Preview" onClick={() => look.mutate()} disabled={!complete || look.isPending} />
        <Button label={followUp ? 'Send follow-up' : 'Send to each DPO'} variant="contained" onClick={() => send.mutate()} disabled={!complete || !preview || send.isPending} />
      </DialogActions>
    </Dialog>
  );
}

/** The notices each setting's DPO has had: when, how long after we became aware, and which were follow-ups. */
export function BreachNotices({ incident }: { incident: Incident }) {
  const [open, setOpen] = useState(false);
  const { canAccess: canSend } = useCanAccess({ action: 'update', resource: 'incidents', record: incident });
  const { data = [], isPending } = useGetList<NoticeRow>(`incidents/${incident.id}/breach-notices`, {
    pagination: { page: 1, perPage: 1000 }, sort: { field: 'sentAt', order: 'ASC' }, filter: {},
  });
  if (!incident.personalDataBreach) return <Alert severity="info">The incident is not flagged as a personal data breach.</Alert>;
  return (
    <Box aria-label="Breach notices">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">Breach notices to each DPO</Typography>
        {canSend && <Button label={data.length ? 'Send follow-up notice' : 'Send breach notice'} variant="contained" onClick={() => setOpen(true)} />}
      </Stack>
      {isPending ? <Typography variant="body2">Loading…</Typography> : data.length === 0 ? (
        <Alert severity="warning">No Art. 33(3) notice has been sent yet.</Alert>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow><TableCell>Setting</TableCell><TableCell>Sent</TableCell><TableCell>Hours since awareness</TableCell><TableCell>Notice</TableCell><TableCell>To</TableCell></TableRow>
          </TableHead>
          <TableBody>
            {data.map((n) => (
              <TableRow key={n.id} aria-label={`${n.settingName ?? n.settingId} notice ${n.notice}`}>
                <TableCell>{n.settingName ?? n.settingId}</TableCell>
                <TableCell>{when(n.sentAt)}</TableCell>
                <TableCell>{n.hoursSinceAwareness}</TableCell>
                <TableCell>{n.followUp ? `Follow-up ${n.notice - 1}` : 'First notice'}</TableCell>
                <TableCell>{n.sentTo}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && <NoticeDialog incident={incident} followUp={data.length > 0} onClose={() => setOpen(false)} />}
    </Box>
  );
}
