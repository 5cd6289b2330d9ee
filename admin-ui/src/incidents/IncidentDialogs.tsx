import {
  Alert,
  Autocomplete,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button, useDataProvider, useGetList, useGetOne, useNotify, useRefresh } from 'react-admin';
import { CONTACT_LABELS, useIncidentAction, type Incident } from './common';

interface DialogProps {
  incident: Incident;
  open: boolean;
  onClose: () => void;
}

function ActionDialog({ open, onClose, title, children, confirm, disabled, onConfirm, busy }: {
  open: boolean; onClose: () => void; title: string; children: ReactNode; confirm: string; disabled?: boolean; busy?: boolean; onConfirm: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="incident-dialog-title">
      <DialogTitle id="incident-dialog-title">{title}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>
        <Button label="Cancel" onClick={onClose} />
        <Button label={confirm} variant="contained" onClick={onConfirm} disabled={disabled || busy} />
      </DialogActions>
    </Dialog>
  );
}

interface Preview {
  id: string;
  count: number;
  recipients: { settingId?: string; name?: string; email: string }[];
  withoutEmail: { settingId: string; name: string }[];
  withoutEmailCount: number;
}

/** Who the update will reach, before it is sent. */
function RecipientsPreview({ incidentId, audience }: { incidentId: string; audience: string }) {
  const { data, isPending, error } = useGetOne<Preview>(`incidents/${incidentId}/recipients`, { id: audience });
  if (isPending) return <Typography variant="body2" color="text.secondary">Finding recipients…</Typography>;
  if (error || !data) return <Alert severity="error">The recipients could not be listed.</Alert>;
  const shown = data.recipients.slice(0, 8);
  return (
    <Box aria-label="Recipients" sx={{ mt: 1 }}>
      <Typography variant="subtitle2">
        {audience === 'customers' ? `${data.count} setting${data.count === 1 ? '' : 's'}, one personal email each` : `${data.count} members of IT, CX and SMT`}
      </Typography>
      <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
        {shown.map((r) => <li key={r.email + (r.settingId ?? '')}><Typography variant="body2">{r.name} — {r.email}</Typography></li>)}
        {data.count > shown.length && <li><Typography variant="body2" color="text.secondary">and {data.count - shown.length} more</Typography></li>}
      </Box>
      {data.withoutEmailCount > 0 && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {data.withoutEmailCount} affected setting{data.withoutEmailCount === 1 ? ' has' : 's have'} no contact email and will not get this:{' '}
          {data.withoutEmail.slice(0, 5).map((w) => w.name).join(', ')}{data.withoutEmailCount > 5 ? ', …' : ''}. Telephone them.
        </Alert>
      )}
    </Box>
  );
}

export function SendUpdateDialog({ incident, open, onClose, canUpdateCustomers = true }: DialogProps & { canUpdateCustomers?: boolean }) {
  const notify = useNotify();
  const [audience, setAudience] = useState<'customers' | 'internal'>(canUpdateCustomers ? 'customers' : 'internal');
  const [message, setMessage] = useState('');
  const send = useIncidentAction<{ recipients: number }>(String(incident.id), 'updates', (r) => {
    notify(`Update sent to ${r.recipients} recipient${r.recipients === 1 ? '' : 's'}`);
    setMessage('');
    onClose();
  });
  return (
    <ActionDialog open={open} onClose={onClose} title="Send an update" confirm="Send update" busy={send.isPending}
      disabled={!message.trim()} onConfirm={() => send.mutate({ audience, message })}>
      <RadioGroup row value={audience} onChange={(e) => setAudience(e.target.value as 'customers' | 'internal')} aria-label="Audience">
        <FormControlLabel value="customers" control={<Radio />} label="Customers (restarts the clock)" />
        <FormControlLabel value="internal" control={<Radio />} label="Internal: IT, CX and SMT" />
      </RadioGroup>
      <TextField label="Message" value={message} onChange={(e) => setMessage(e.target.value)} multiline minRows={4} fullWidth sx={{ mt: 1 }}
        helperText={audience === 'customers' ? 'Each setting gets it personally addressed, with the time of the next update' : undefined} />
      {open && <RecipientsPreview incidentId={String(incident.id)} audience={audience} />}
    </ActionDialog>
  );
}

export function DecisionDialog({ incident, open, onClose }: DialogProps) {
  const [kind, setKind] = useState('remove_functionality');
  const [rationale, setRationale] = useState('');
  const decide = useIncidentAction(String(incident.id), 'decisions', () => { setRationale(''); onClose(); });
  return (
    <ActionDialog open={open} onClose={onClose} title="Decide on the affected functionality" confirm="Record decision" busy={decide.isPending}
      disabled={!rationale.trim()} onConfirm={() => decide.mutate({ kind, rationale })}>
      <RadioGroup value={kind} onChange={(e) => setKind(e.target.value)} aria-label="Decision">
        <FormControlLabel value="remove_functionality" control={<Radio />} label="Remove the affected functionality" />
        <FormControlLabel value="keep_functionality" control={<Radio />} label="Keep it available" />
      </RadioGroup>
      <TextField label="Rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} multiline minRows={3} fullWidth sx={{ mt: 1 }} />
    </ActionDialog>
  );
}

export function PortalMessageDialog({ incident, open, onClose }: DialogProps) {
  const [message, setMessage] = useState(incident.portalMessage ?? '');
  const post = useIncidentAction(String(incident.id), 'portal-message', onClose, 'PUT');
  return (
    <ActionDialog open={open} onClose={onClose} title="Message on the software portal" confirm={message.trim() ? 'Publish' : 'Take down'}
      busy={post.isPending} disabled={!message.trim() && !incident.portalMessage} onConfirm={() => post.mutate({ message: message.trim() || null })}>
      <DialogContentText sx={{ mb: 1 }}>
        Everyone can read this, signed in or not. Write for customers: no internal detail, no names.
      </DialogContentText>
      <TextField label="Portal message" value={message} onChange={(e) => setMessage(e.target.value)} multiline minRows={3} fullWidth />
    </ActionDialog>
  );
}

export function ResolveDialog({ incident, open, onClose }: DialogProps) {
  const [summary, setSummary] = useState('');
  const resolve = useIncidentAction(String(incident.id), 'resolve', onClose);
  return (
    <ActionDialog open={open} onClose={onClose} title="Resolve this critical?" confirm="Resolve" busy={resolve.isPending}
      disabled={!summary.trim()} onConfirm={() => resolve.mutate({ summary })}>
      <DialogContentText sx={{ mb: 1 }}>
        The clock stops, the portal message comes down, and IT, CX, SMT and the critical mailbox are told. No further updates
        or contacts can be logged.
      </DialogContentText>
      <TextField label="Resolution summary" value={summary} onChange={(e) => setSummary(e.target.value)} multiline minRows={3} fullWidth />
    </ActionDialog>
  );
}

export function ContactDialog({ incident, open, onClose, settingId, settingName, kind }: DialogProps & { settingId: string; settingName: string; kind: string }) {
  const [summary, setSummary] = useState('');
  const log = useIncidentAction(String(incident.id), 'contacts', () => { setSummary(''); onClose(); });
  return (
    <ActionDialog open={open} onClose={onClose} title={`${CONTACT_LABELS[kind] ?? kind}: ${settingName}`} confirm="Log it" busy={log.isPending}
      disabled={!summary.trim()} onConfirm={() => log.mutate({ settingId, kind, summary })}>
      <TextField label="What was said" value={summary} onChange={(e) => setSummary(e.target.value)} multiline minRows={3} fullWidth
        helperText={kind === 'smt_contact' ? 'The outcome of the investigation, the expected timescale for a fix and the reasons for the delay' : undefined} />
    </ActionDialog>
  );
}

export function WrittenConfirmationsDialog({ incident, open, onClose, settingIds }: DialogProps & { settingIds?: string[] }) {
  const notify = useNotify();
  const [message, setMessage] = useState('');
  const send = useIncidentAction<{ sent: number; withoutEmail: unknown[] }>(String(incident.id), 'written-confirmations', (r) => {
    notify(`${r.sent} written confirmation${r.sent === 1 ? '' : 's'} emailed${r.withoutEmail.length ? `; ${r.withoutEmail.length} without an email address` : ''}`);
    setMessage('');
    onClose();
  });
  return (
    <ActionDialog open={open} onClose={onClose} title="Email the written confirmations" confirm="Send and log" busy={send.isPending}
      disabled={!message.trim()} onConfirm={() => send.mutate({ message, ...(settingIds ? { settingIds } : {}) })}>
      <DialogContentText sx={{ mb: 1 }}>
        {settingIds ? `${settingIds.length} setting(s)` : 'Every affected setting whose written confirmation is outstanding'} will be emailed, and each is logged as done.
      </DialogContentText>
      <TextField label="Confirmation" value={message} onChange={(e) => setMessage(e.target.value)} multiline minRows={4} fullWidth />
    </ActionDialog>
  );
}

interface Named { id: string; name?: string; title?: string }

export function AddSettingsDialog({ incident, open, onClose }: DialogProps) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Named[]>([]);
  const { data = [] } = useGetList<Named>('settings', { filter: search ? { q: search } : {}, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } }, { enabled: open });
  const add = useIncidentAction(String(incident.id), 'affected-settings', () => { setChosen([]); onClose(); });
  return (
    <ActionDialog open={open} onClose={onClose} title="Add affected settings" confirm="Add to the register" busy={add.isPending}
      disabled={chosen.length === 0} onConfirm={() => add.mutate({ settingIds: chosen.map((c) => c.id) })}>
      <Autocomplete multiple options={data} value={chosen} onChange={(_e, v) => setChosen(v)} getOptionLabel={(o) => o.name ?? o.id}
        isOptionEqualToValue={(a, b) => a.id === b.id} onInputChange={(_e, v) => setSearch(v)} filterOptions={(x) => x}
        renderInput={(params) => <TextField {...params} label="Settings" placeholder="Search by name" />} />
      {incident.personalDataBreach && <Alert severity="info" sx={{ mt: 1 }}>A breach is flagged: each added setting's DPO is told at once.</Alert>}
    </ActionDialog>
  );
}

export function LinkCaseDialog({ incident, open, onClose }: DialogProps) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Named | null>(null);
  const { data = [] } = useGetList<Named>('cases', { filter: { status: ['open', 'investigating'], ...(search ? { q: search } : {}) }, pagination: { page: 1, perPage: 20 }, sort: { field: 'createdAt', order: 'DESC' } }, { enabled: open });
  const link = useIncidentAction(String(incident.id), 'cases', () => { setChosen(null); onClose(); });
  return (
    <ActionDialog open={open} onClose={onClose} title="Link a support case" confirm="Link case" busy={link.isPending}
      disabled={!chosen} onConfirm={() => link.mutate({ caseId: chosen!.id })}>
      <Autocomplete options={data} value={chosen} onChange={(_e, v) => setChosen(v)} getOptionLabel={(o) => o.title ?? o.id}
        isOptionEqualToValue={(a, b) => a.id === b.id} onInputChange={(_e, v) => setSearch(v)} filterOptions={(x) => x}
        renderInput={(params) => <TextField {...params} label="Case" placeholder="Search open cases" />} />
      <DialogContentText sx={{ mt: 1 }}>The case's setting joins the affected-settings register if it is not there yet.</DialogContentText>
    </ActionDialog>
  );
}

export function BreachDialog({ incident, open, onClose }: DialogProps) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const flag = useMutation({
    mutationFn: () => dataProvider.update('incidents', { id: incident.id, data: { personalDataBreach: true }, previousData: incident }),
    onSuccess: () => { refresh(); onClose(); },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <ActionDialog open={open} onClose={onClose} title="Flag a personal data breach?" confirm="Flag and tell the DPOs" busy={flag.isPending}
      onConfirm={() => flag.mutate()}>
      <DialogContentText>
        As processor we must tell each controller without undue delay. Each of the {incident.affectedSettingsCount} affected
        settings' DPO is emailed now, and their 72-hour deadline for telling the ICO is shown here. The flag cannot be withdrawn.
      </DialogContentText>
    </ActionDialog>
  );
}
