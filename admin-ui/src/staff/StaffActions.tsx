import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
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
