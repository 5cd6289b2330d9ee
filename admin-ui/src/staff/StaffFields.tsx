import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices';

const roleName = (id: string) => ROLE_CHOICES.find((c) => c.id === id)?.name ?? id;

/** `label` and `source` are read by show layouts and table headers. */
export function RolesField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const roles = (record?.roles as string[] | undefined) ?? [];
  if (roles.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {roles.map((r) => (
        <Chip key={r} size="small" label={roleName(r)} color={r === 'admin' ? 'secondary' : 'default'} />
      ))}
    </Stack>
  );
}

export function isLocked(record: { [field: string]: unknown } | undefined, now = new Date()): boolean {
  const until = record?.lockedUntil;
  return typeof until === 'string' && new Date(until) > now;
}

/** "Locked until 14:05" while a lockout runs; nothing once it has passed. */
export function LockField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  if (!record || !isLocked(record)) return <span>—</span>;
  const until = new Date(String(record.lockedUntil));
  return <Chip size="small" color="error" label={`Locked until ${until.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`} />;
}
