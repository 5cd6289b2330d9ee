import LockResetIcon from '@mui/icons-material/LockReset';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { useMutation } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh, type RaRecord } from 'react-admin';
import { ConfirmButton } from '../common/ConfirmButton';
import type { CustodianDataProvider } from '../data/dataProvider';
import { isLocked } from './StaffFields';

/** A staff action through the data provider: a toast either way, and the page shows what the server now holds. */
function useStaffAction(run: (dataProvider: CustodianDataProvider, id: RaRecord['id']) => Promise<unknown>, done: string, failed: string) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CustodianDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => run(dataProvider, record!.id),
    onSuccess: () => {
      notify(done, { type: 'success' });
      refresh();
    },
    onError: (e: Error) => notify(e.message || failed, { type: 'error' }),
  });
}

/** Lifts a lockout before it runs out; shown only while the account is locked and to those who may unlock. */
export function UnlockButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'unlock', record });
  const unlock = useStaffAction((dp, id) => dp.unlock(id), `${record?.name ?? 'The account'} can sign in again`, 'Could not unlock');
  if (!record || !canAccess || !isLocked(record)) return null;
  return (
    <ConfirmButton
      label="Unlock"
      icon={<LockOpenIcon />}
      title={`Unlock ${record.name}?`}
      content="The lock follows repeated wrong passwords. Unlock only once you know the person is who they say they are."
      confirm="Unlock"
      pending={unlock.isPending}
      onConfirm={() => unlock.mutate()}
    />
  );
}

/** For someone who lost their authenticator: turns their two-factor sign-in off so they can set it up again. */
export function ResetTwoFactorButton() {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'edit', record });
  const reset = useStaffAction(
    (dp, id) => dp.resetTwoFactor(id),
    `${record?.name ?? 'The account'} signs in with a password alone until they set up two-factor sign-in again`,
    'Could not reset two-factor sign-in',
  );
  // One's own is turned off on the two-factor page, with a code.
  if (!record || !canAccess || !record.mfaEnabled || record.id === identity?.id) return null;
  return (
    <ConfirmButton
      label="Reset two-factor"
      icon={<PhonelinkEraseIcon />}
      title={`Reset two-factor sign-in for ${record.name}?`}
      content="Do this only for someone who has lost their authenticator app, once you know they are who they say they are. Until they set it up again, their password alone signs them in."
      confirm="Reset"
      pending={reset.isPending}
      onConfirm={() => reset.mutate()}
    />
  );
}

/** Nobody sets another person's password: this emails them a single-use link, and signs them out everywhere at once. */
export function SendPasswordResetButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'edit', record });
  const send = useStaffAction(
    (dp, id) => dp.sendPasswordReset(id),
    `A reset link is on its way to ${record?.name ?? 'them'}; their sessions and live access have ended`,
    'Could not send a password reset',
  );
  if (!record || !canAccess || !record.active) return null;
  return (
    <ConfirmButton
      label="Send password reset"
      icon={<LockResetIcon />}
      title={`Send ${record.name} a password reset?`}
      content={`${record.name} gets an email with a link to choose a new password, valid for a short time. All their sessions end now, and any live access grant of theirs ends too.`}
      confirm="Send reset"
      pending={send.isPending}
      onConfirm={() => send.mutate()}
    />
  );
}
