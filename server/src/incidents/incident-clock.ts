/**
 * The incident clock, as a pure function of stored timestamps and "now". Nothing here is kept in memory:
 * a restart, another replica or a test with a hand-moved clock computes the same deadlines.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
/** The controller must tell the ICO within 72 hours of becoming aware of a personal data breach. */
export const CONTROLLER_DEADLINE_MS = 72 * 60 * MINUTE_MS;

export interface Cadence {
  /** Minutes between customer updates during day 1. */
  day1Minutes: number;
  /** Minutes between customer updates from day 2 on. */
  laterMinutes: number;
}

export interface IncidentTimes {
  discoveredAt: Date;
  lastCustomerUpdateAt: Date | null;
  /** Set once resolved: the clock stops there. */
  resolvedAt: Date | null;
  cadence: Cadence;
}

export interface ClockReading {
  /** Day N is the Nth 24-hour period since discovery (day 1 starts at discovery). */
  day: number;
  /** The cadence of the current day. */
  cadenceMinutes: number;
  /** Null once resolved: no more updates are due. */
  nextUpdateDueAt: Date | null;
  /** When the owner is reminded of the next update. */
  remindAt: Date | null;
  reminderDue: boolean;
  overdue: boolean;
  /** Milliseconds until the next update falls due; negative when overdue. */
  msToDue: number | null;
}

/** The incident day containing `at`; an instant before discovery still belongs to day 1. */
export function dayAt(discoveredAt: Date, at: Date): number {
  const elapsed = at.getTime() - discoveredAt.getTime();
  return elapsed <= 0 ? 1 : Math.floor(elapsed / DAY_MS) + 1;
}

/** When day N starts. */
export function dayStartsAt(discoveredAt: Date, day: number): Date {
  return new Date(discoveredAt.getTime() + (Math.max(1, day) - 1) * DAY_MS);
}

export function cadenceOnDay(day: number, cadence: Cadence): number {
  return day <= 1 ? cadence.day1Minutes : cadence.laterMinutes;
}

/**
 * The next customer update is due one cadence after the last one (or after discovery), and the cadence is
 * that of the day in which the last update was made.
 */
export function nextUpdateDueAt(times: Pick<IncidentTimes, 'discoveredAt' | 'lastCustomerUpdateAt' | 'cadence'>): Date {
  const base = times.lastCustomerUpdateAt ?? times.discoveredAt;
  const minutes = cadenceOnDay(dayAt(times.discoveredAt, base), times.cadence);
  return new Date(base.getTime() + minutes * MINUTE_MS);
}

/** Everything the incident room shows about time, read at `now`. */
export function readClock(times: IncidentTimes, now: Date, reminderLeadMinutes: number): ClockReading {
  const at = times.resolvedAt && times.resolvedAt < now ? times.resolvedAt : now;
  const day = dayAt(times.discoveredAt, at);
  const cadenceMinutes = cadenceOnDay(day, times.cadence);
  if (times.resolvedAt) {
    return { day, cadenceMinutes, nextUpdateDueAt: null, remindAt: null, reminderDue: false, overdue: false, msToDue: null };
  }
  const due = nextUpdateDueAt(times);
  const remindAt = new Date(due.getTime() - reminderLeadMinutes * MINUTE_MS);
  return {
    day,
    cadenceMinutes,
    nextUpdateDueAt: due,
    remindAt,
    reminderDue: now >= remindAt,
    overdue: now > due,
    msToDue: due.getTime() - now.getTime(),
  };
}

/** Whether an update made at `at` met the deadline that was running when it was made. */
export function onTime(at: Date, dueAt: Date | null): boolean {
  return dueAt === null || at <= dueAt;
}

/** The controller's deadline for telling the ICO, counted from when we told them. */
export function controllerDeadline(notifiedAt: Date | null): Date | null {
  return notifiedAt ? new Date(notifiedAt.getTime() + CONTROLLER_DEADLINE_MS) : null;
}

/** More deadlines than this in one stretch without an update are not walked one by one (a forgotten test incident). */
const MAX_WALK = 20_000;

/**
 * The deadlines missed since the last customer update (or discovery), up to `until`: the first is `nextUpdateDueAt`;
 * each missed one is followed by the next, one cadence later. Deadlines that passed before the incident was declared
 * count as one, the incident being overdue from the moment it is declared.
 */
export function missedDeadlines(times: Pick<IncidentTimes, 'discoveredAt' | 'lastCustomerUpdateAt' | 'cadence'>, declaredAt: Date, until: Date): Date[] {
  const out: Date[] = [];
  let due = nextUpdateDueAt(times);
  let beforeDeclaration: Date | null = null;
  for (let i = 0; due < until && i < MAX_WALK; i++) {
    if (due < declaredAt) beforeDeclaration = due;
    else out.push(due);
    due = new Date(due.getTime() + cadenceOnDay(dayAt(times.discoveredAt, due), times.cadence) * MINUTE_MS);
  }
  return beforeDeclaration ? [beforeDeclaration, ...out] : out;
}

/** Every deadline missed over the incident's life, given its customer updates' times (ascending). */
export function missedUpdates(times: IncidentTimes, declaredAt: Date, updates: Date[], now: Date): number {
  const end = times.resolvedAt && times.resolvedAt < now ? times.resolvedAt : now;
  let missed = 0;
  let last: Date | null = null;
  for (const at of [...updates, end]) {
    missed += missedDeadlines({ ...times, lastCustomerUpdateAt: last }, declaredAt, at).length;
    last = at;
  }
  return missed;
}
