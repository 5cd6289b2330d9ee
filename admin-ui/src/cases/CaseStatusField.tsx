import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';

const COLOUR = { open: 'warning', investigating: 'info', resolved: 'success' } as const;

/** `label` and `source` are read by show layouts and table headers. */
export function CaseStatusField(_props: { label?: string; source?: string }) {
  const record = useRecordContext();
  const status = record?.status as keyof typeof COLOUR | undefined;
  if (!status) return null;
  return <Chip size="small" label={status} color={COLOUR[status] ?? 'default'} variant="outlined" />;
}
