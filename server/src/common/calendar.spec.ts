import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from './calendar.js';

describe('one calendar month later', () => {
  it('is the same day of the next month', () => {
    expect(addCalendarMonths(new Date('2026-03-14T09:30:00Z'), 1)).toEqual(new Date('2026-04-14T09:30:00Z'));
    expect(addCalendarMonths(new Date('2026-12-05T00:00:00Z'), 1)).toEqual(new Date('2027-01-05T00:00:00Z'));
  });

  it('is the last day of the next month when it has no such day', () => {
    expect(addCalendarMonths(new Date('2026-01-31T10:00:00Z'), 1)).toEqual(new Date('2026-02-28T10:00:00Z'));
    expect(addCalendarMonths(new Date('2028-01-31T10:00:00Z'), 1)).toEqual(new Date('2028-02-29T10:00:00Z'));
    expect(addCalendarMonths(new Date('2026-08-31T10:00:00Z'), 1)).toEqual(new Date('2026-09-30T10:00:00Z'));
  });

  it('counts twelve months as a year', () => {
    expect(addCalendarMonths(new Date('2026-02-28T10:00:00Z'), 12)).toEqual(new Date('2027-02-28T10:00:00Z'));
  });
});
