import { Chip, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, type RaRecord } from 'react-admin';
import { humanDuration } from '../common/duration';

export interface Incident extends RaRecord {
  title: string;
  description: string;
  status: 'active' | 'resolved';
  day: number;
  cadenceMinutes: number;
  discoveredAt: string;
  declaredAt: string;
  ownerId: string;
  nextUpdateDueAt: string | null;
  remindAt: string | null;
  reminderDue: boolean;
  overdue: boolean;
  missedUpdates?: number;
  lateDeclaration?: boolean;
  lastCustomerUpdateAt: string | null;
  affectedSettingsCount: number;
  affectedSettingIds: string[];
  personalDataBreach: boolean;
  breachNotifiedAt: string | null;
  controllerDeadlineAt: string | null;
  functionalityRemoved: boolean | null;
  portalMessage: string | null;
  resolutionSummary: string | null;
  resolvedAt: string | null;
  readAt: string;
}

export interface Task extends RaRecord {
  key: string;
  day: number;
  title: string;
  role: string;
  settingId?: string;
  settingName?: string;
  done: boolean;
  doneAt?: string;
  doneBy?: string | null;
}

export const CONTACT_LABELS: Record<string, string> = {
  telephone_update: 'Telephone update',
  written_confirmation: 'Written confirmation',
  smt_contact: 'SMT contact',
};

export const ROLE_LABELS: Record<string, string> = { support: 'CX', it_manager: 'IT', smt: 'SMT' };

export const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—';

/**
 * POST (or PUT) to one of the incident's action routes through the data provider; the page refreshes with what the
 * server decided, and a refusal is shown as it came.
 */
export function useIncidentAction<T = RaRecord>(incidentId: string | undefined, path: string, onDone?: (result: T) => void, method: 'POST' | 'PUT' = 'POST') {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (data: Record<string, unknown>) => {
      const result = method === 'POST'
        ? await dataProvider.create(`incidents/${incidentId}/${path}`, { data })
        : await dataProvider.update(`incidents/${incidentId}`, { id: path, data, previousData: { id: path } });
      return result.data as T;
    },
    onSuccess: (result) => {
      refresh();
      onDone?.(result);
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
}

function clockText(ms: number): string {
  if (Math.abs(ms) >= 24 * 3600_000) return humanDuration(ms); // "2 d 1 h", never "49h 00m"
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m ${String(sec).padStart(2, '0')}s`;
}

/**
 * Time to the next customer update, ticking each second on the server's clock (the reading's `readAt`, not the
 * browser's): amber once the owner's reminder is due, red once the deadline has passed.
 */
export function UpdateCountdown({ incident, size = 'large' }: { incident: Incident; size?: 'large' | 'small' }) {
  const skew = new Date(incident.readAt).getTime() - Date.now();
  const [now, setNow] = useState(() => Date.now() + skew);
  useEffect(() => {
    setNow(Date.now() + skew);
    const timer = setInterval(() => setNow(Date.now() + skew), 1000);
    return () => clearInterval(timer);
  }, [skew]);
  if (incident.status !== 'active' || !incident.nextUpdateDueAt) {
    return <Typography variant="body2" color="text.secondary" component="span">No updates due</Typography>;
  }
  const due = new Date(incident.nextUpdateDueAt).getTime();
  const remind = incident.remindAt ? new Date(incident.remindAt).getTime() : due;
  const left = due - now;
  const state = left < 0 ? 'overdue' : now >= remind ? 'reminder' : 'ok';
  const color = state === 'overdue' ? 'error' : state === 'reminder' ? 'warning' : 'success';
  const text = state === 'overdue' ? `Overdue by ${clockText(left)}` : `Next update in ${clockText(left)}`;
  return (
    <Chip
      role="timer"
      aria-label="Next customer update"
      data-state={state}
      color={color}
      variant={state === 'ok' ? 'outlined' : 'filled'}
      label={text}
      size={size === 'large' ? 'medium' : 'small'}
      sx={size === 'large' ? { fontSize: '1rem', fontWeight: 600, height: 36 } : {}}
    />
  );
}

export function StatusChip({ status }: { status: string }) {
  return <Chip size="small" label={status} color={status === 'active' ? 'error' : 'default'} variant="outlined" />;
}
