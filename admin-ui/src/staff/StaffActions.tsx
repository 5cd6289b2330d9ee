import LockOpenIcon from '@mui/icons-material/LockOpen';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { CustodianDataProvider } from '../data/dataProvider';
import { isLocked } from './StaffFields';

/** Lifts a lockout before it runs out; shown only while the account is locked and to those who may unlock. */
export function UnlockButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CustodianDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'unlock', record });
  const unlock = useMutation({
    mutationFn: () => dataProvider.unlock(record!.id),
    onSuccess: () => {
      notify(`${record?.name ?? 'The account'} can sign in again`, { type: 'success' });
      refresh();
    },
    onError: (e: Error) => notify(e.message || 'Could not unlock', { type: 'error' }),
  });
  if (!record || !canAccess || !isLocked(record)) return null;
  return (
    <>
      <Button label="Unlock" onClick={() => setAsking(true)} disabled={unlock.isPending}>
        <LockOpenIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={unlock.isPending}
        title={`Unlock ${record.name}?`}
        content="The lock follows repeated wrong passwords. Unlock only once you know the person is who they say they are."
        confirm="Unlock"
        onConfirm={() => {
          setAsking(false);
          unlock.mutate();
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

/** For someone who lost their authenticator: turns their two-factor sign-in off so they can set it up again. */
export function ResetTwoFactorButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CustodianDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'edit', record });
  const { identity } = useGetIdentity();
  const reset = useMutation({
    mutationFn: () => dataProvider.resetTwoFactor(record!.id),
    onSuccess: () => {
      notify(`${record?.name ?? 'The account'} signs in with a password alone until they set up two-factor sign-in again`, { type: 'success' });
      refresh();
    },
    onError: (e: Error) => notify(e.message || 'Could not reset two-factor sign-in', { type: 'error' }),
  });
  // One's own is turned off on the two-factor page, with a code.
  if (!record || !canAccess || !record.mfaEnabled || record.id === identity?.id) return null;
  return (
    <>
      <Button label="Reset two-factor" onClick={() => setAsking(true)} disabled={reset.isPending}>
        <PhonelinkEraseIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={reset.isPending}
        title={`Reset two-factor sign-in for ${record.name}?`}
        content="Do this only for someone who has lost their authenticator app, once you know they are who they say they are. Until they set it up again, their password alone signs them in."
        confirm="Reset"
        onConfirm={() => {
          setAsking(false);
          reset.mutate();
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
