import { describe, expect, it } from 'vitest';
import { parseTerm, schoolTermAt } from './school-term.js';

describe('the UK school term', () => {
  it('names autumn September to December, spring January to April, summer May to August', () => {
    expect(schoolTermAt(new Date('2026-10-15T12:00:00Z')).term).toBe('2026-autumn');
    expect(schoolTermAt(new Date('2027-02-01T12:00:00Z')).term).toBe('2027-spring');
    expect(schoolTermAt(new Date('2027-06-30T12:00:00Z')).term).toBe('2027-summer');
    expect(schoolTermAt(new Date('2027-08-20T12:00:00Z')).term).toBe('2027-summer');
  });

  it('turns at midnight UK time, in summer time as in winter', () => {
    // 31 August 23:30 UTC is already 1 September in London (BST).
    expect(schoolTermAt(new Date('2026-08-31T22:59:59Z')).term).toBe('2026-summer');
    expect(schoolTermAt(new Date('2026-08-31T23:00:00Z')).term).toBe('2026-autumn');
    // New Year is at midnight UTC (GMT).
    expect(schoolTermAt(new Date('2026-12-31T23:59:59Z')).term).toBe('2026-autumn');
    expect(schoolTermAt(new Date('2027-01-01T00:00:00Z')).term).toBe('2027-spring');
    expect(schoolTermAt(new Date('2027-04-30T22:59:59Z')).term).toBe('2027-spring');
    expect(schoolTermAt(new Date('2027-04-30T23:00:00Z')).term).toBe('2027-summer');
  });

  it('gives each term its bounds, end exclusive', () => {
    expect(parseTerm('2026-autumn')).toEqual({ term: '2026-autumn', startsAt: new Date('2026-08-31T23:00:00Z'), endsAt: new Date('2027-01-01T00:00:00Z') });
    expect(parseTerm('2027-spring')).toEqual({ term: '2027-spring', startsAt: new Date('2027-01-01T00:00:00Z'), endsAt: new Date('2027-04-30T23:00:00Z') });
    expect(parseTerm('2027-summer')!.endsAt).toEqual(new Date('2027-08-31T23:00:00Z'));
    expect(parseTerm('2026-winter')).toBeNull();
    expect(parseTerm('26-autumn')).toBeNull();
  });
});
