import { Alert, Button, CardActions, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { email, Form, Login, PasswordInput, regex, required, TextInput, useLogin } from 'react-admin';
import { Link } from 'react-router-dom';
import { lastSignOutReason, TwoFactorNeeded } from './authProvider';

interface Credentials {
  email: string;
  password: string;
  code?: string;
}

const SIX_DIGITS = regex(/^\s*\d{3}\s*\d{3}\s*$/, 'the 6 digits your authenticator app shows');

/**
 * Staff sign-in by email and password, then, for accounts with two-factor sign-in on, the authenticator app's code.
 * A refusal shows the server's own words (wrong credentials, a wrong code, a locked account).
 */
export function LoginPage() {
  const [reason] = useState(lastSignOutReason);
  const [askCode, setAskCode] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const login = useLogin();

  const submit = async (values: Partial<Credentials>) => {
    setBusy(true);
    setProblem(null);
    try {
      await login({ email: values.email, password: values.password, ...(askCode ? { code: values.code } : {}) });
    } catch (e) {
      if (e instanceof TwoFactorNeeded) setAskCode(true);
      else setProblem(e instanceof Error ? e.message : 'sign-in failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Login>
      <Typography variant="h6" component="h1" align="center" sx={{ mt: 1 }}>
        Custodian
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary">
        Staff sign-in
      </Typography>
      {reason && (
        <Alert severity="info" sx={{ mx: 2, mt: 2, maxWidth: 268 }}>
          {reason}
        </Alert>
      )}
      <Form onSubmit={submit as (values: Record<string, unknown>) => Promise<void>}>
        <CardContent sx={{ width: 300, pb: 0 }}>
          <TextInput autoFocus source="email" label="Email" type="email" autoComplete="username" validate={[required(), email()]} slotProps={{ htmlInput: { readOnly: askCode } }} />
          <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required()} slotProps={{ htmlInput: { readOnly: askCode } }} />
          {askCode && (
            <TextInput
              autoFocus
              source="code"
              label="One-time code"
              autoComplete="one-time-code"
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
              helperText="Two-factor sign-in is on: the 6 digits your authenticator app shows for Custodian"
              validate={[required(), SIX_DIGITS]}
            />
          )}
          {problem && (
            <Alert severity="error" sx={{ mt: 1 }} role="alert">
              {problem}
            </Alert>
          )}
        </CardContent>
        <CardActions sx={{ px: 2, pb: 2, flexDirection: 'column', gap: 1 }}>
          <Button type="submit" variant="contained" color="primary" disabled={busy} fullWidth startIcon={busy ? <CircularProgress size={18} /> : undefined}>
            Sign in
          </Button>
          {askCode && (
            <Button size="small" onClick={() => { setAskCode(false); setProblem(null); }}>
              Use another account
            </Button>
          )}
          <Button size="small" component={Link} to="/forgot-password">
            Forgot password?
          </Button>
        </CardActions>
      </Form>
    </Login>
  );
}
