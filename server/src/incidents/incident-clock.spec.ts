import { describe, expect, it } from 'vitest';
import { FixedClock, HOUR, MINUTE } from '../common/clock.js';
import {
  cadenceOnDay, controllerDeadline, dayAt, dayStartsAt, missedDeadlines, missedUpdates, nextUpdateDueAt, onTime, readClock, type IncidentTimes,
} from './incident-clock.js';
import { humanMinutes } from './incident-mail.js';

const DISCOVERED = new Date('2026-03-02T09:15:00Z');
const DAY = 24 * HOUR;
const CADENCE = { day1Minutes: 60, laterMinutes: 180 };
const LEAD = 10;

const times = (extra: Partial<IncidentTimes> = {}): IncidentTimes => ({
  discoveredAt: DISCOVERED, lastCustomerUpdateAt: null, resolvedAt: null, cadence: CADENCE, ...extra,
});
const at = (ms: number) => new Date(DISCOVERED.getTime() + ms);

describe('the incident day', () => {
  it('is day 1 from the moment of discovery until 24 hours have passed', () => {
    expect(dayAt(DISCOVERED, DISCOVERED)).toBe(1);
    expect(dayAt(DISCOVERED, at(DAY - 1))).toBe(1);
  });

  it('turns to day 2 exactly 24 hours after discovery, and day 3 at 48 hours', () => {
    expect(dayAt(DISCOVERED, at(DAY))).toBe(2);
    expect(dayAt(DISCOVERED, at(2 * DAY - 1))).toBe(2);
    expect(dayAt(DISCOVERED, at(2 * DAY))).toBe(3);
    expect(dayAt(DISCOVERED, at(9 * DAY + 5 * HOUR))).toBe(10);
  });

  it('counts days from discovery, not from midnight', () => {
    const lateEvening = new Date('2026-03-02T23:59:00Z');
    expect(dayAt(lateEvening, new Date('2026-03-03T00:01:00Z'))).toBe(1);
  });

  it('treats an instant before discovery as day 1', () => {
    expect(dayAt(DISCOVERED, at(-HOUR))).toBe(1);
  });

  it('starts day N at discovery plus N-1 days', () => {
    expect(dayStartsAt(DISCOVERED, 1)).toEqual(DISCOVERED);
    expect(dayStartsAt(DISCOVERED, 3)).toEqual(at(2 * DAY));
  });

  it('uses the day-1 cadence on day 1 and the later cadence from day 2 on', () => {
    expect(cadenceOnDay(1, CADENCE)).toBe(60);
    expect(cadenceOnDay(2, CADENCE)).toBe(180);
    expect(cadenceOnDay(7, CADENCE)).toBe(180);
  });
});

describe('the next customer update', () => {
  it('falls due one day-1 cadence after discovery when no update has been made', () => {
    expect(nextUpdateDueAt(times())).toEqual(at(60 * MINUTE));
  });

  it('falls due one cadence after the last customer update', () => {
    expect(nextUpdateDueAt(times({ lastCustomerUpdateAt: at(3 * HOUR + 5 * MINUTE) }))).toEqual(at(4 * HOUR + 5 * MINUTE));
  });

  it('keeps the hourly cadence for an update made late on day 1, even though it falls due on day 2', () => {
    const last = at(DAY - 10 * MINUTE);
    expect(nextUpdateDueAt(times({ lastCustomerUpdateAt: last }))).toEqual(at(DAY + 50 * MINUTE));
  });

  it('switches to the three-hourly cadence for an update made on day 2', () => {
    const last = at(DAY + 10 * MINUTE);
    expect(nextUpdateDueAt(times({ lastCustomerUpdateAt: last }))).toEqual(at(DAY + 190 * MINUTE));
  });

  it('follows a configured cadence', () => {
    const cadence = { day1Minutes: 30, laterMinutes: 240 };
    expect(nextUpdateDueAt(times({ cadence }))).toEqual(at(30 * MINUTE));
    expect(nextUpdateDueAt(times({ cadence, lastCustomerUpdateAt: at(DAY) }))).toEqual(at(DAY + 240 * MINUTE));
  });

  it('is already overdue for an incident declared long after a discovery with no update since', () => {
    const reading = readClock(times(), at(30 * HOUR), LEAD);
    expect(reading.day).toBe(2);
    expect(reading.nextUpdateDueAt).toEqual(at(60 * MINUTE));
    expect(reading.overdue).toBe(true);
  });
});

describe('reading the clock as time passes', () => {
  it('moves from quiet to reminder to overdue around the deadline, with an injected clock', () => {
    const clock = new FixedClock(DISCOVERED);
    const read = () => readClock(times(), clock.now(), LEAD);
    expect(read()).toMatchObject({ day: 1, cadenceMinutes: 60, reminderDue: false, overdue: false, msToDue: 60 * MINUTE });
    clock.advance(50 * MINUTE - 1);
    expect(read()).toMatchObject({ reminderDue: false, overdue: false });
    clock.advance(1);
    expect(read()).toMatchObject({ reminderDue: true, overdue: false, remindAt: at(50 * MINUTE) });
    clock.advance(10 * MINUTE);
    expect(read()).toMatchObject({ reminderDue: true, overdue: false, msToDue: 0 });
    clock.advance(1);
    expect(read()).toMatchObject({ overdue: true, msToDue: -1 });
  });

  it('reports the current day\'s cadence while the next deadline still follows the last update\'s day', () => {
    const reading = readClock(times({ lastCustomerUpdateAt: at(DAY - 5 * MINUTE) }), at(DAY + 1 * MINUTE), LEAD);
    expect(reading).toMatchObject({ day: 2, cadenceMinutes: 180, nextUpdateDueAt: at(DAY + 55 * MINUTE), overdue: false });
  });

  it('reminds at the deadline itself when the lead is zero', () => {
    const reading = readClock(times(), at(60 * MINUTE), 0);
    expect(reading).toMatchObject({ reminderDue: true, overdue: false });
  });

  it('stops at resolution: no deadline, never overdue, and the day frozen at the resolution day', () => {
    const reading = readClock(times({ resolvedAt: at(DAY + HOUR) }), at(10 * DAY), LEAD);
    expect(reading).toMatchObject({ day: 2, nextUpdateDueAt: null, remindAt: null, overdue: false, reminderDue: false });
  });
});

describe('compliance and breach deadlines', () => {
  it('counts an update made at or before its deadline as on time', () => {
    expect(onTime(at(HOUR), at(HOUR))).toBe(true);
    expect(onTime(at(HOUR + 1), at(HOUR))).toBe(false);
    expect(onTime(at(HOUR), null)).toBe(true);
  });

  it('gives the controller 72 hours from our notice', () => {
    expect(controllerDeadline(at(0))).toEqual(at(72 * HOUR));
    expect(controllerDeadline(null)).toBeNull();
  });
});

describe('missed updates', () => {
  it('counts every deadline passed without an update: hourly on day 1, three-hourly from day 2', () => {
    const missed = missedDeadlines(times(), DISCOVERED, at(49 * HOUR));
    expect(missed).toHaveLength(32);
    expect(missed[0]).toEqual(at(HOUR));
    expect(missed[23]).toEqual(at(24 * HOUR));
    expect(missed[24]).toEqual(at(27 * HOUR));
    expect(missed.at(-1)).toEqual(at(48 * HOUR));
  });

  it('does not count a deadline met exactly, nor one not yet passed', () => {
    expect(missedDeadlines(times(), DISCOVERED, at(HOUR))).toEqual([]);
    expect(missedDeadlines(times(), DISCOVERED, at(HOUR + 1))).toEqual([at(HOUR)]);
  });

  it('counts the deadlines that passed before a late declaration as one', () => {
    expect(missedDeadlines(times(), at(10 * HOUR + 30 * MINUTE), at(10 * HOUR + 31 * MINUTE))).toEqual([at(10 * HOUR)]);
    expect(missedDeadlines(times(), at(10 * HOUR + 30 * MINUTE), at(11 * HOUR + MINUTE))).toEqual([at(10 * HOUR), at(11 * HOUR)]);
  });

  it('adds the misses before each update to those since the last one, and stops at resolution', () => {
    const updates = [at(2 * HOUR + 30 * MINUTE)];
    expect(missedUpdates(times(), DISCOVERED, updates, at(3 * HOUR + 31 * MINUTE))).toBe(3);
    expect(missedUpdates(times({ resolvedAt: at(3 * HOUR) }), DISCOVERED, updates, at(30 * HOUR))).toBe(2);
  });
});

describe('durations in words', () => {
  it('says days and hours, hours and minutes, or minutes', () => {
    expect(humanMinutes(2941)).toBe('2 d 1 h');
    expect(humanMinutes(2880)).toBe('2 d');
    expect(humanMinutes(185)).toBe('3 h 5 min');
    expect(humanMinutes(45)).toBe('45 min');
  });
});
