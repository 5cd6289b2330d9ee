import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ACCESS_STATUSES, kindName } from './choices';

const COLOUR: Record<string, 'warning' | 'info' | 'success' | 'error' | 'default'> = {
  pending: 'warning',
  awaiting_consent: 'info',
  active: 'success',
  denied: 'error',
  revoked: 'error',
};

/** The status as the server computed it just now; `label` and `source` are read by layouts and table headers. */
export function AccessStatusField(_props: { label?: string; source?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const status = record?.status as string | undefined;
  if (!status) return null;
  const name = ACCESS_STATUSES.find((s) => s.id === status)?.name ?? status;
  return <Chip size="small" label={name} color={COLOUR[status] ?? 'default'} variant={status === 'active' ? 'filled' : 'outlined'} />;
}

/** The kinds a request names, as small chips. */
export function ScopesField(_props: { label?: string; source?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const scopes = (record?.scopes as string[] | undefined) ?? [];
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      {scopes.map((k) => <Chip key={k} size="small" label={kindName(k)} variant="outlined" />)}
    </span>
  );
}
