import SecurityIcon from '@mui/icons-material/Security';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Confirm, Loading, MenuItemLink, Title, useDataProvider, useGetIdentity, useNotify, useUserMenu } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { CustodianDataProvider, TwoFactorSetup } from '../data/dataProvider';
import { reloadSession } from './authProvider';

const SIX_DIGITS = /^\d{6}$/;

/** The secret in groups of four, as authenticator apps ask for it when typed in by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/** The six digits the person typed, or null with the reason. */
function codeProblem(code: string): string | null {
  return SIX_DIGITS.test(code.replace(/\s/g, '')) ? null : 'Enter the 6 digits the app shows';
}

function CodeForm({ label, action, onCode, pending, error }: { label: string; action: string; onCode: (code: string) => void; pending: boolean; error?: string }) {
  const [code, setCode] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = touched ? codeProblem(code) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!codeProblem(code)) onCode(code.replace(/\s/g, ''));
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', mt: 2 }}>
      <TextField
        label={label}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="one-time-code"
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
        error={!!problem || !!error}
        helperText={problem ?? error ?? ' '}
        size="small"
        sx={{ width: 220 }}
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ whiteSpace: 'nowrap', mt: 0.25 }}>
        {action}
      </Button>
    </Box>
  );
}

/** Two-factor sign-in for the signed-in member of staff: set up with an authenticator app, or turn off. */
export function TwoFactorPage() {
  const { identity, isPending, refetch } = useGetIdentity();
  const dataProvider = useDataProvider<CustodianDataProvider>();
  const notify = useNotify();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [offCode, setOffCode] = useState<string | null>(null);
  const navigate = useNavigate();
  const required = !!identity?.mfaSetupRequired;

  const begin = useMutation({
    mutationFn: () => dataProvider.twoFactorSetup(),
    onSuccess: ({ data }) => setSetup(data),
    onError: (e: Error) => notify(e.message || 'Could not start the set-up', { type: 'error' }),
  });
  const turn = useMutation({
    mutationFn: ({ on, code }: { on: boolean; code: string }) => dataProvider.twoFactorSwitch(on, code),
    onSuccess: async ({ data }) => {
      setSetup(null);
      setOffCode(null);
      reloadSession();
      await refetch();
      if (required && data.mfaEnabled) navigate('/');
      notify(data.mfaEnabled ? 'Two-factor sign-in is on: you will be asked for a code each time you sign in' : 'Two-factor sign-in is off', { type: 'success' });
    },
  });

  if (isPending) return <Loading />;
  const on = !!identity?.mfaEnabled;
  const error = turn.error?.message.replace(/^code: /, '');
  return (
    <Box sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="Two-factor sign-in" />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
            <Typography variant="h5" component="h1">
              Two-factor sign-in
            </Typography>
            <Chip label={on ? 'On' : 'Off'} color={on ? 'success' : 'default'} size="small" />
          </Stack>
          {required && (
            <Alert severity="warning" sx={{ my: 1 }} role="alert">
              Your roles need two-factor sign-in. Set it up to continue: nothing else opens until it is on.
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary">
            With two-factor sign-in, a stolen password is not enough: each sign-in also needs the 6-digit code an authenticator app
            (Microsoft Authenticator, Google Authenticator, 1Password and the like) shows on your phone.
          </Typography>

          {on && (
            <>
              <Alert severity="success" sx={{ mt: 2 }}>
                Two-factor sign-in is on for {identity?.email as string}. If you lose your phone, an admin can reset it.
              </Alert>
              <CodeForm label="Current code" action="Turn off" pending={turn.isPending} error={error} onCode={setOffCode} />
              <Confirm
                isOpen={offCode !== null}
                title="Turn off two-factor sign-in?"
                content="Your password alone will then be enough to sign in as you."
                confirm="Turn off"
                onConfirm={() => turn.mutate({ on: false, code: offCode! })}
                onClose={() => setOffCode(null)}
              />
            </>
          )}

          {!on && !setup && (
            <Button variant="contained" startIcon={<SecurityIcon />} sx={{ mt: 2 }} onClick={() => begin.mutate()} disabled={begin.isPending}>
              Set up two-factor sign-in
            </Button>
          )}

          {!on && setup && (
            <Box sx={{ mt: 2 }} aria-label="Set-up">
              <Typography variant="subtitle1">1. Scan this code with your authenticator app</Typography>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ my: 1, alignItems: 'center' }}>
                <img src={setup.qrCode} width={220} height={220} alt="QR code for your authenticator app" />
                <Box>
                  <Typography variant="body2" color="text.secondary">
                    Or type in this key by hand (account: {identity?.email as string}):
                  </Typography>
                  <Typography variant="h6" component="p" sx={{ fontFamily: 'monospace', letterSpacing: 1 }} aria-label="Secret key">
                    {grouped(setup.secret)}
                  </Typography>
                </Box>
              </Stack>
              <Typography variant="subtitle1" sx={{ mt: 1 }}>
                2. Enter the code the app shows for Custodian
              </Typography>
              <CodeForm label="Code from the app" action="Turn on" pending={turn.isPending} error={error} onCode={(code) => turn.mutate({ on: true, code })} />
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}

/** The user menu's way to this page. */
export function TwoFactorMenuItem() {
  const menu = useUserMenu();
  return <MenuItemLink to="/two-factor" primaryText="Two-factor sign-in" leftIcon={<SecurityIcon />} onClick={menu?.onClose} />;
}
