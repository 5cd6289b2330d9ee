import { Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRecordContext } from 'react-admin';
import { humanDuration } from '../common/duration';

export function remaining(ms: number): string {
  if (ms <= 0) return 'expired';
  if (ms >= 24 * 3600_000) return `${humanDuration(ms)} left`;
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m left` : `${m}m ${String(sec).padStart(2, '0')}s left`;
}

/** Ticks once a second; calls `onExpire` once when the time is up. */
export function useCountdown(to: string | null | undefined, onExpire?: () => void): number | null {
  const [now, setNow] = useState(() => Date.now());
  const end = to ? new Date(to).getTime() : null;
  useEffect(() => {
    if (end === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [end]);
  const left = end === null ? null : end - now;
  useEffect(() => {
    if (left !== null && left <= 0) onExpire?.();
  }, [left !== null && left <= 0]); // eslint-disable-line react-hooks/exhaustive-deps
  return left;
}

/** Time left on a live grant, to the second; anything else shows nothing. */
export function ExpiryCountdown(_props: { label?: string; source?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const live = record?.status === 'active';
  const left = useCountdown(live ? (record?.expiresAt as string) : null);
  if (!live || left === null) return <Typography variant="body2" color="text.secondary" component="span">—</Typography>;
  return (
    <Typography variant="body2" component="span" role="timer" aria-label="Time left" color={left < 10 * 60_000 ? 'warning.main' : 'text.primary'}>
      {remaining(left)}
    </Typography>
  );
}
