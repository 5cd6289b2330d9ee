import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetIdentity, useLogout } from 'react-admin';
import { API_URL, httpClient } from '../data/http';
import { lastActiveAt, onActive } from '../data/activity';
import { setSignOutReason } from './authProvider';

/** How long before the idle sign-out the person is warned. */
const WARN_MS = 60_000;

/**
 * Warns a minute before the server would end an idle session, with a way to stay; at the deadline it signs out, which
 * clears react-admin's cache and store so no customer's details stay on an unattended screen.
 */
export function IdleWatch() {
  const { identity } = useGetIdentity();
  const logout = useLogout();
  const idleMs = Number(identity?.idleMinutes ?? 15) * 60_000;
  const [now, setNow] = useState(Date.now());
  const [since, setSince] = useState(lastActiveAt());

  useEffect(() => onActive(() => setSince(lastActiveAt())), []);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const left = since + idleMs - now;
  useEffect(() => {
    if (identity && left <= 0) {
      setSignOutReason('You were signed out because the screen was left idle. Please sign in again.');
      logout(undefined, '/login', false);
    }
  }, [identity, left, logout]);

  if (!identity || left > WARN_MS || left <= 0) return null;
  const stay = () => httpClient(`${API_URL}/auth/me`).catch(() => undefined);
  return (
    <Dialog open aria-labelledby="idle-title">
      <DialogTitle id="idle-title">Still there?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          You will be signed out in {Math.ceil(left / 1000)} seconds because nothing has happened on this screen for a while.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => logout()}>Sign out now</Button>
        <Button variant="contained" onClick={stay} autoFocus>
          Stay signed in
        </Button>
      </DialogActions>
    </Dialog>
  );
}
