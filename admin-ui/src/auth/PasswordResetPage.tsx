import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { publicCall } from '../common/publicApi';
import { PublicCard } from '../common/PublicCard';

/** "Forgot password": the same answer whatever the address, so the page never tells who has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await publicCall('password-reset', { method: 'POST', body: JSON.stringify({ email: email.trim() }) });
      setSent(true);
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <PublicCard title="Reset your password">
      {sent ? (
        <Alert severity="success" role="status">
          If that address belongs to a Custodian account, a link to set a new password is on its way. It works once, for a short time.
        </Alert>
      ) : (
        <Stack component="form" onSubmit={submit} spacing={2}>
          <Typography variant="body2">Enter your work email address and we will email you a link to choose a new password.</Typography>
          <TextField label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="username" />
          {problem && <Alert severity="error">{problem}</Alert>}
          <Button type="submit" variant="contained" disabled={!email.trim()}>Send reset link</Button>
        </Stack>
      )}
      <Button component={Link} to="/login" sx={{ mt: 2 }}>Back to sign-in</Button>
    </PublicCard>
  );
}

/** The page the emailed reset link opens: choose a new password, once. */
export function PasswordResetPage() {
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mismatch = again.length > 0 && again !== password;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await publicCall(`password-reset/${encodeURIComponent(token)}`, { method: 'POST', body: JSON.stringify({ password }) });
      setDone(true);
    } catch (err) {
      const status = (err as { status?: number }).status;
      setProblem(status === 404 ? 'This reset link is not valid. Use the link exactly as it was emailed, or ask for a new one.' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <PublicCard title="Choose a new password">
      {done ? (
        <Alert severity="success" role="status">Your password is set. Sign in with it now.</Alert>
      ) : (
        <Stack component="form" onSubmit={submit} spacing={2}>
          <Typography variant="body2">12 to 128 characters, with upper case, lower case and a digit, and not a commonly used password.</Typography>
          <TextField label="New password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="new-password" />
          <TextField label="New password again" type="password" value={again} onChange={(e) => setAgain(e.target.value)} required autoComplete="new-password"
            error={mismatch} helperText={mismatch ? 'The two passwords differ' : ' '} />
          {problem && <Alert severity="error" role="alert">{problem}</Alert>}
          <Button type="submit" variant="contained" disabled={busy || !password || password !== again}>Set password</Button>
        </Stack>
      )}
      <Button component={Link} to="/login" sx={{ mt: 2 }}>Go to sign-in</Button>
    </PublicCard>
  );
}
