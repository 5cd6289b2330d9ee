/** "2 d 1 h", "3 h 5 min", "45 min": a length of time as people say it, never "2941 min". */
export function humanDuration(ms: number): string {
  const total = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  if (d) return h ? `${d} d ${h} h` : `${d} d`;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}

export const humanMinutes = (minutes: number) => humanDuration(minutes * 60_000);

/** "in 2 h 5 min" or "2 d 1 h late", from now to a deadline. */
export function untilOrLate(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const left = new Date(iso).getTime() - now;
  return left >= 0 ? `in ${humanDuration(left)}` : `${humanDuration(left)} late`;
}
