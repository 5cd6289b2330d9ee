import { beforeAll, describe, expect, it } from 'vitest';
import { ageBand, Pseudonymiser, sizeBucket, type KnownIdentities } from './pseudonymiser.js';
import { loadLanguage, Scrubber } from './scrubber.js';

beforeAll(() => loadLanguage());

const NOW = new Date('2026-05-20T10:00:00Z');
const DAY = 86_400_000;

const KNOWN: KnownIdentities = {
  children: [
    { id: 'c1', firstName: 'Zoë', lastName: "O'Sullivan", knownAs: 'Zoz' },
    { id: 'c2', firstName: 'Oliver', lastName: 'Hargreaves', knownAs: null },
  ],
  parents: [{ id: 'p1', firstName: 'Oliver', lastName: "O'Sullivan", address: '3 Rose Cottage, Ely' }],
  authors: ['Grace Okafor'],
  contacts: { names: ['Dana Protection'], addresses: [], emails: ['dpo@setting.test'] },
};

describe('the scrubber', () => {
  const scrubber = () => new Scrubber([
    { code: 'Child 0001', role: 'child', firstName: 'Zoë', lastName: "O'Sullivan", knownAs: 'Zoz' },
    { code: 'Child 0002', role: 'child', firstName: 'Oliver', lastName: 'Hargreaves' },
    { code: 'Parent 0001', role: 'parent', firstName: 'Oliver', lastName: "O'Sullivan" },
    { code: 'Staff 0001', role: 'staff', firstName: 'Grace', lastName: 'Okafor' },
  ], ['3 Rose Cottage, Ely'], ['dpo@setting.test']);

  it('gives a shared first name to the person the words before it point at', () => {
    expect(scrubber().scrub('parent Oliver came; Oliver Hargreaves played; dad Oliver waved')).toBe('parent Parent 0001 came; Child 0002 played; dad Parent 0001 waved');
  });

  it('replaces recorded names in any case, accent and apostrophe, known-as names and possessives', () => {
    expect(scrubber().scrub("ZOE and zoë, Zoe O’Sullivan (Zoz) and Oliver Hargreaves's coat")).toBe('Child 0001 and Child 0001, Child 0001 (Child 0001) and Child 0002\'s coat');
  });

  it('gives names recorded nowhere one pseudonym each, the same every time', () => {
    const s = scrubber();
    expect(s.scrub('Her brother Jack and sister Mia came; known as Bubbles. Jack cried.')).toBe('Her brother Person 0001 and sister Person 0002 came; known as Person 0003. Person 0001 cried.');
  });

  it('keeps ordinary words, sentence starts and the EYFS vocabulary', () => {
    expect(scrubber().scrub('Painting was fun. She went to Forest School on Monday with the Rainbows room.')).toBe('Painting was fun. She went to Forest School on Monday with the Rainbows room.');
  });

  it('replaces recorded addresses exactly and counts every replacement by class', () => {
    const s = scrubber();
    expect(s.scrub('Grace saw her at 3 Rose Cottage; call 07700 900123, write dpo@setting.test, born 7-Mar-2021, NHS 943 476 5919'))
      .toBe('Staff 0001 saw her at [address]; call [phone], write [email], born [date], NHS [NHS number]');
    expect(s.counts).toMatchObject({ name: 1, address: 1, phone: 1, email: 1, date: 1, nhs_number: 1 });
    expect(s.replaced).toBe(6);
  });

  it('replaces initials of people it knows', () => {
    expect(scrubber().scrub('ZO and O.H. shared.')).toBe('[initials] and [initials] shared.');
  });
});

describe('the pseudonymiser', () => {
  it('moves every timestamp and date of birth by one offset, keeping intervals', () => {
    const p = new Pseudonymiser(KNOWN, NOW, -400 * DAY - 3_600_123);
    const a = p.observation({ id: 'o1', childId: 'c1', observedAt: new Date('2026-05-01T10:00:00Z'), authorName: 'Grace Okafor', area: null, text: 'x', createdAt: new Date('2026-05-01T10:00:00Z') });
    const b = p.observation({ id: 'o2', childId: 'c1', observedAt: new Date('2026-05-03T10:00:00Z'), authorName: 'Grace Okafor', area: null, text: 'y', createdAt: new Date('2026-05-03T10:00:00Z') });
    expect(b.observedAt.getTime() - a.observedAt.getTime()).toBe(2 * DAY);
    expect(a.observedAt.toISOString()).toBe(new Date(new Date('2026-05-01T10:00:00Z').getTime() - 400 * DAY - 3_600_123).toISOString());
    const child = p.child({ id: 'c1', firstName: 'Zoë', lastName: "O'Sullivan", knownAs: 'Zoz', dateOfBirth: '2021-03-07', room: null, notes: '', createdAt: new Date('2025-01-01T00:00:00Z') });
    expect(child.dateOfBirth).toBe(new Date(Date.parse('2021-03-07T00:00:00Z') - 401 * DAY).toISOString().slice(0, 10));
    expect(a.childCode).toBe(child.code);
    expect(a.childId).toBe(child.id);
    expect(child.id).not.toBe('c1');
  });

  it('draws a different offset and code order per copy', () => {
    const offsets = new Set(Array.from({ length: 5 }, () => new Pseudonymiser(KNOWN, NOW).offsetMs));
    expect(offsets.size).toBe(5);
    for (const o of offsets) expect(o).toBeLessThan(-180 * DAY);
  });

  it('keeps media without filename, caption or exact size, and reports what it replaced per kind', () => {
    const p = new Pseudonymiser(KNOWN, NOW);
    const m = p.media({ id: 'm1', childId: 'c2', filename: 'oliver.jpg', contentType: 'image/jpeg', sizeBytes: 123_457, caption: 'Oliver', takenAt: null, createdAt: NOW }, 1);
    expect(m).toEqual({ id: expect.any(String), code: 'Media 0001', childId: expect.any(String), childCode: expect.stringMatching(/^Child 000[12]$/), contentType: 'image/jpeg', sizeBucket: '100 KB - 1 MB', takenAt: null, createdAt: expect.any(Date) });
    p.parent({ id: 'p1', childId: 'c1', firstName: 'Oliver', lastName: "O'Sullivan", relationship: 'father of Zoz', email: null, phone: null, address: null, createdAt: NOW });
    expect(p.report).toMatchObject({ records: 2, replacements: 1, byKind: { media: { records: 1, replacements: 0 }, parents: { records: 1, replacements: 1 } } });
  });

  it('bands ages and sizes', () => {
    expect(ageBand('2022-05-21', NOW)).toBe('3-4');
    expect(ageBand('2025-12-01', NOW)).toBe('under 1');
    expect(sizeBucket(99_999)).toBe('under 100 KB');
    expect(sizeBucket(250_000_000)).toBe('100 MB or more');
  });
});
