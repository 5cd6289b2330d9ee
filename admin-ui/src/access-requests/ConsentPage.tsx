import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { kindName } from './choices';

interface ConsentRequest {
  state: 'open' | 'answered' | 'closed';
  settingName: string | null;
  requesterName: string | null;
  caseTitle: string | null;
  justification: string;
  scopes: string[];
  minutes: number;
  respondBy: string;
  consent: { status: string; by: string | null; at: string | null };
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

async function call(path: string, init?: RequestInit) {
  const res = await fetch(`/api/public/consent/${encodeURIComponent(path)}`, {
    ...init,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'custodian' },
    credentials: 'omit',
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(body.message ?? `error ${res.status}`), { status: res.status });
  return body;
}

/**
 * The page the setting's DPO reaches from the emailed link: no login, no menu. It says who asks to see what, for how
 * long and why, and records their answer and name once.
 */
export function ConsentPage() {
  const { token = '' } = useParams();
  const [request, setRequest] = useState<ConsentRequest | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ decision: string; expiresAt: string | null } | null>(null);

  useEffect(() => {
    call(token).then(setRequest, (e: Error & { status?: number }) =>
      setProblem(e.status === 404 ? 'This consent link is not valid. Please use the link exactly as it was emailed to you.' : e.message));
  }, [token]);

  const decide = async (decision: 'grant' | 'refuse') => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await call(token, { method: 'POST', body: JSON.stringify({ decision, name: name.trim() }) });
      setAnswer({ decision, expiresAt: result.expiresAt });
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', p: 3 }}>
      <Card sx={{ maxWidth: 640, width: '100%', mt: 6 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>Consent to developer access</Typography>
          {!request && !problem && <CircularProgress size={28} aria-label="Loading" />}
          {problem && <Alert severity="error" sx={{ my: 2 }}>{problem}</Alert>}
          {request && (
            <>
              <Typography variant="body1" sx={{ mb: 2 }}>
                To fix a support case for <strong>{request.settingName}</strong>
                {request.caseTitle ? <> (“{request.caseTitle}”)</> : null}, {request.requesterName ?? 'one of our developers'} asks to see
                some of the records your setting keeps with us.
              </Typography>
              <Stack spacing={1.5} sx={{ mb: 2 }}>
                <Box>
                  <Typography variant="overline">What</Typography>
                  <Stack direction="row" spacing={1}>{request.scopes.map((k) => <Chip key={k} label={kindName(k)} size="small" />)}</Stack>
                </Box>
                <Box>
                  <Typography variant="overline">For how long</Typography>
                  <Typography variant="body2">{request.minutes} minutes from your consent, read-only. It ends by itself.</Typography>
                </Box>
                <Box>
                  <Typography variant="overline">Why</Typography>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{request.justification}</Typography>
                </Box>
              </Stack>
              <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
                Nothing is opened until you agree. Every record read under this access is logged, and you can ask us for that log.
              </Alert>
              {answer ? (
                <Alert severity={answer.decision === 'grant' ? 'success' : 'warning'} role="status">
                  {answer.decision === 'grant'
                    ? `Thank you. Access is granted${answer.expiresAt ? ` until ${when(answer.expiresAt)}` : ''}; it ends by itself.`
                    : 'Thank you. You refused: nothing will be opened, and the request is closed.'}
                </Alert>
              ) : request.state === 'open' ? (
                <>
                  <Typography variant="body2" sx={{ mb: 1 }}>Please answer by {when(request.respondBy)}. This link works once.</Typography>
                  <TextField label="Your name" value={name} onChange={(e) => setName(e.target.value)} required fullWidth sx={{ mb: 2 }}
                    helperText="We record who answered for the setting." />
                  <Stack direction="row" spacing={2}>
                    <Button variant="contained" color="primary" disabled={!name.trim() || busy} onClick={() => decide('grant')}>Grant access</Button>
                    <Button variant="outlined" color="error" disabled={!name.trim() || busy} onClick={() => decide('refuse')}>Refuse</Button>
                  </Stack>
                </>
              ) : (
                <Alert severity="warning" role="status">
                  {request.state === 'answered'
                    ? `This request was already answered${request.consent.by ? ` by ${request.consent.by}` : ''}: the link works only once.`
                    : 'This request is closed (it expired or was withdrawn). Nothing was opened.'}
                </Alert>
              )}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
