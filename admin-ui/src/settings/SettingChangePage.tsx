import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { publicCall, when } from '../common/publicApi';
import { PublicCard } from '../common/PublicCard';

interface SettingChange {
  state: 'open' | 'confirmed' | 'rejected' | 'closed';
  settingName: string | null;
  fields: string[];
  changes: Record<string, { before: unknown; after: unknown }>;
  requestedByName: string | null;
  requestedAt: string;
  expiresAt: string;
}

const LABEL: Record<string, string> = { consentPolicy: 'Consent for developer access', dpoEmail: 'Data Protection Officer email' };
const show = (field: string, value: unknown) =>
  field === 'consentPolicy'
    ? value === 'contract' ? 'Covered by the contract: no case-by-case consent' : 'Asked of you case by case'
    : value === null || value === '' ? '(none)' : String(value);

/** The page the setting's DPO reaches from the emailed link: confirm or reject a change that would widen access. */
export function SettingChangePage() {
  const { token = '' } = useParams();
  const path = `setting-changes/${encodeURIComponent(token)}`;
  const [change, setChange] = useState<SettingChange | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<'confirm' | 'reject' | null>(null);

  useEffect(() => {
    publicCall(path).then(setChange, (e: Error & { status?: number }) =>
      setProblem(e.status === 404 ? 'This link is not valid. Please use the link exactly as it was emailed to you.' : e.message));
  }, [path]);

  const decide = async (decision: 'confirm' | 'reject') => {
    setBusy(true);
    setProblem(null);
    try {
      await publicCall(path, { method: 'POST', body: JSON.stringify({ decision, name: name.trim() }) });
      setAnswer(decision);
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicCard title="Confirm a change to your setting">
      {!change && !problem && <CircularProgress size={28} aria-label="Loading" />}
      {problem && <Alert severity="error" sx={{ my: 2 }}>{problem}</Alert>}
      {change && (
        <>
          <Typography variant="body1" sx={{ mb: 2 }}>
            {change.requestedByName ?? 'One of our staff'} asked on {when(change.requestedAt)} to change how we may reach the records of{' '}
            <strong>{change.settingName}</strong>. Nothing changes unless you confirm.
          </Typography>
          <Stack spacing={1.5} sx={{ mb: 2 }}>
            {change.fields.map((f) => (
              <Box key={f}>
                <Typography variant="overline">{LABEL[f] ?? f}</Typography>
                <Typography variant="body2">From: {show(f, change.changes[f]?.before)}</Typography>
                <Typography variant="body2"><strong>To: {show(f, change.changes[f]?.after)}</strong></Typography>
              </Box>
            ))}
          </Stack>
          {answer ? (
            <Alert severity={answer === 'confirm' ? 'success' : 'warning'} role="status">
              {answer === 'confirm' ? 'Thank you. The change is made.' : 'Thank you. You rejected the change: nothing was changed.'}
            </Alert>
          ) : change.state === 'open' ? (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>This link works once, until {when(change.expiresAt)}. If you did not expect this, reject it and tell us.</Typography>
              <TextField label="Your name" value={name} onChange={(e) => setName(e.target.value)} required fullWidth sx={{ mb: 2 }}
                helperText="We record who answered for the setting." />
              <Stack direction="row" spacing={2}>
                <Button variant="contained" disabled={!name.trim() || busy} onClick={() => decide('confirm')}>Confirm the change</Button>
                <Button variant="outlined" color="error" disabled={!name.trim() || busy} onClick={() => decide('reject')}>Reject</Button>
              </Stack>
            </>
          ) : (
            <Alert severity="warning" role="status">
              {change.state === 'closed' ? 'This link is no longer open (it lapsed or a newer request replaced it). Nothing was changed.' : `This change was already ${change.state}: the link works only once.`}
            </Alert>
          )}
        </>
      )}
    </PublicCard>
  );
}
