import { Alert, Typography } from '@mui/material';
import { useState } from 'react';
import { email, Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';
import { lastSignOutReason } from './authProvider';

/** Staff sign-in by email; a refusal shows the server's own words (wrong credentials, a locked account). */
export function LoginPage() {
  const [reason] = useState(lastSignOutReason);
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
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          label="Email"
          type="email"
          autoComplete="username"
          validate={[required(), email()]}
        />
        <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required()} />
      </LoginForm>
    </Login>
  );
}
