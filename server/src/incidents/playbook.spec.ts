import { describe, expect, it } from 'vitest';
import { HOUR } from '../common/clock.js';
import { tasksFor, type PlaybookFacts } from './playbook.js';

const DISCOVERED = new Date('2026-03-02T09:00:00Z');
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(DISCOVERED.getTime() + ms);
const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

const facts = (extra: Partial<PlaybookFacts> = {}): PlaybookFacts => ({
  discoveredAt: DISCOVERED, declaredAt: at(HOUR), day: 1,
  settings: [{ settingId: A, addedAt: at(HOUR), name: 'Acorns' }, { settingId: B, addedAt: at(HOUR), name: 'Bluebells' }],
  itInternalUpdates: [], contacts: new Map(), ...extra,
});
const keys = (f: PlaybookFacts) => tasksFor(f).map((t) => `${t.day} ${t.key}${t.settingId ? ` ${t.settingId === A ? 'A' : 'B'}` : ''}`);

describe('the playbook', () => {
  it('has six tasks on day 1 and none for individual settings', () => {
    expect(keys(facts())).toEqual(['1 notify_critical', '1 decide_functionality', '1 record_cases', '1 count_affected', '1 portal_message', '1 brief_smt']);
  });

  it('adds the IT update and each setting\'s call and written confirmation on day 2', () => {
    expect(keys(facts({ day: 2 })).slice(6)).toEqual([
      '2 it_update', '2 telephone_update A', '2 telephone_update B', '2 written_confirmation A', '2 written_confirmation B',
    ]);
  });

  it('adds an SMT contact per setting on day 3, and another IT update, call and letter per setting each day', () => {
    expect(keys(facts({ day: 3 })).slice(11)).toEqual([
      '3 it_update', '3 telephone_update A', '3 telephone_update B', '3 written_confirmation A', '3 written_confirmation B',
      '3 smt_contact A', '3 smt_contact B',
    ]);
  });

  it('asks for each setting\'s call and letter again every day, a day\'s contact completing only that day\'s task', () => {
    const contacts = new Map([[`${A}:telephone_update`, [{ at: at(DAY + HOUR), by: 'cx' }, { at: at(3 * DAY + HOUR), by: 'cx' }]]]);
    const calls = tasksFor(facts({ day: 4, contacts })).filter((t) => t.key === 'telephone_update' && t.settingId === A);
    expect(calls.map((t) => [t.day, t.done])).toEqual([[2, true], [3, false], [4, true]]);
    const smt = tasksFor(facts({ day: 5 })).filter((t) => t.key === 'smt_contact');
    expect(smt.map((t) => t.day)).toEqual([3, 3]);
  });

  it('marks the declaration\'s notification done by the system at declaration', () => {
    expect(tasksFor(facts())[0]).toMatchObject({ key: 'notify_critical', done: true, doneAt: at(HOUR), doneBy: null });
  });

  it('counts an IT update only on the day it was made', () => {
    const f = facts({ day: 3, itInternalUpdates: [{ at: at(DAY + HOUR), by: 'it' }] });
    const it = tasksFor(f).filter((t) => t.key === 'it_update');
    expect(it.map((t) => [t.day, t.done])).toEqual([[2, true], [3, false]]);
  });

  it('counts a contact from its task\'s day on, not before', () => {
    const contacts = new Map([[`${A}:telephone_update`, [{ at: at(2 * HOUR), by: 'cx' }, { at: at(DAY + HOUR), by: 'cx2' }]]]);
    const call = tasksFor(facts({ day: 2, contacts })).find((t) => t.key === 'telephone_update' && t.settingId === A)!;
    expect(call).toMatchObject({ done: true, doneAt: at(DAY + HOUR), doneBy: 'cx2' });
  });

  it('gives a setting added on day 4 all its tasks on day 4', () => {
    const f = facts({ day: 4, settings: [{ settingId: A, addedAt: at(3 * DAY + HOUR), name: 'Acorns' }] });
    expect(tasksFor(f).filter((t) => t.settingId).map((t) => [t.key, t.day])).toEqual([['telephone_update', 4], ['written_confirmation', 4], ['smt_contact', 4]]);
    expect(tasksFor({ ...f, day: 5 }).filter((t) => t.settingId).map((t) => [t.key, t.day])).toEqual([
      ['telephone_update', 4], ['written_confirmation', 4], ['smt_contact', 4], ['telephone_update', 5], ['written_confirmation', 5],
    ]);
  });
});
