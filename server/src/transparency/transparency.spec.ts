import { describe, expect, it } from 'vitest';
import { reportCsv, toRow } from './access-report.js';
import { previousMonth } from './transparency.service.js';

describe('the monthly report period', () => {
  it('is the whole previous calendar month, end exclusive, across a year end', () => {
    expect(previousMonth(new Date('2027-04-01T00:07:00Z'))).toEqual({ month: '2027-03', from: new Date('2027-03-01T00:00:00Z'), to: new Date('2027-04-01T00:00:00Z') });
    expect(previousMonth(new Date('2027-01-15T12:00:00Z')).month).toBe('2026-12');
  });
});

describe('an access report row', () => {
  it('counts the records of a read and of an anonymised copy, and names the kinds', () => {
    const base = { at: new Date('2027-03-15T10:00:00Z'), actor_id: 'a', staff_name: 'Dev', roles: ['developer'], grant_id: 'g', case_id: 'c', case_title: 'Diary', justification: 'Fix it' };
    expect(toRow({ ...base, action: 'content.read', detail: { kind: 'children', recordIds: ['1', '2'] } })).toMatchObject({ action: 'read', kinds: ['children'], recordCount: 2 });
    expect(toRow({ ...base, action: 'content.copy', detail: { kinds: ['children', 'media'], recordIds: { children: ['1'], media: ['2', '3'] } } }))
      .toMatchObject({ action: 'investigation_copy', kinds: ['children', 'media'], recordCount: 3 });
  });

  it('quotes text with commas and quotes in the CSV', () => {
    const row = toRow({ at: new Date('2027-03-15T10:00:00Z'), actor_id: 'a', staff_name: 'Dev, Senior', roles: ['developer'], action: 'content.read', grant_id: null, case_id: null, case_title: 'The "diary"', justification: null, detail: { kind: 'media', recordIds: [] } });
    expect(reportCsv([row]).split('\n')[1]).toBe('2027-03-15T10:00:00.000Z,"Dev, Senior",developer,read,"The ""diary""",,media,0,a,,');
  });
});
