import { describe, expect, it } from 'vitest';
import { ageBand, anonymise, Scrubber, type ContentSnapshot } from './anonymiser.js';

const NOW = new Date('2026-05-20T10:00:00Z');
const at = (s: string) => new Date(s);

const CHILDREN = [
  { id: 'c1', firstName: 'Amelia', lastName: 'Hargreaves', dateOfBirth: '2022-03-14', room: 'Rainbows', notes: 'Allergic to nuts. Amelia’s mum Priya collects on Fridays; call 07700 900123 if late.', createdAt: at('2025-01-01T09:00:00Z') },
  { id: 'c2', firstName: 'Zoë', lastName: "O'Sullivan", dateOfBirth: '2023-11-02', room: "Mrs Okafor's room", notes: 'Zoe was born 2 November 2023; email dad at liam.osullivan@family.test.', createdAt: at('2025-01-02T09:00:00Z') },
  { id: 'c3', firstName: 'Oliver', lastName: 'Hargreaves-Baptiste', dateOfBirth: '2021-07-30', room: null, notes: 'Brother of AMELIA. Lives at 12 Orchard Close, Cambridge CB1 2AB.', createdAt: at('2025-01-03T09:00:00Z') },
];
const PARENTS = [
  { id: 'p1', childId: 'c1', firstName: 'Priya', lastName: 'Hargreaves', relationship: 'mother', email: 'priya.h@family.test', phone: '07700 900123', address: '12 Orchard Close, Cambridge', createdAt: at('2025-01-01T09:05:00Z') },
  { id: 'p2', childId: 'c2', firstName: 'Liam', lastName: "O'Sullivan", relationship: 'father', email: 'liam.osullivan@family.test', phone: '+44 7911 123456', address: '3 Mill Lane, Ely', createdAt: at('2025-01-02T09:05:00Z') },
];
const OBSERVATIONS = [
  { id: 'o1', childId: 'c1', observedAt: at('2026-05-01T10:00:00Z'), authorName: 'Grace Okafor', area: 'Literacy', text: 'Amelia Hargreaves read with Oliver. Mum (Priya) said she rang 07700900123 and +447911 123456 about Zoe.', createdAt: at('2026-05-01T10:00:00Z') },
  { id: 'o2', childId: 'c2', observedAt: at('2026-05-02T10:00:00Z'), authorName: 'Tom Whitfield', area: null, text: 'Zoë shared with amelia; Grace noted it. Write to the DPO Dana Protection at dpo@setting.test or 01223 000000. Born 14/03/2022?', createdAt: at('2026-05-02T10:00:00Z') },
];
const MEDIA = [
  { id: 'm1', childId: 'c1', filename: 'amelia-hargreaves-painting.jpg', contentType: 'image/jpeg', sizeBytes: 2048, caption: 'Amelia with Priya', takenAt: at('2026-05-01T11:00:00Z'), createdAt: at('2026-05-01T11:00:00Z') },
];

const snapshot = (): ContentSnapshot => ({
  children: CHILDREN,
  parents: PARENTS,
  observations: OBSERVATIONS,
  media: MEDIA,
  known: {
    children: CHILDREN,
    parents: PARENTS,
    authors: ['Grace Okafor', 'Tom Whitfield'],
    contacts: { names: ['Dana Protection'], emails: ['dpo@setting.test', 'office@setting.test'], phones: ['01223 000000'], addresses: ['1 High Street, Cambridge'] },
  },
});

const NAMES = ['Amelia', 'Hargreaves', 'Zoë', 'Zoe', "O'Sullivan", 'Sullivan', 'Oliver', 'Baptiste', 'Priya', 'Liam', 'Grace', 'Okafor', 'Tom', 'Whitfield', 'Dana', 'Protection'];
const EMAILS = ['priya.h@family.test', 'liam.osullivan@family.test', 'dpo@setting.test'];
const PHONES = ['07700900123', '447911123456', '7911123456', '01223000000'];

describe('the anonymiser', () => {
  const copy = anonymise(snapshot(), ['children', 'parents', 'observations', 'media'], NOW);
  const everything = JSON.stringify(copy);

  it('leaves no known name anywhere in the copy', () => {
    for (const name of NAMES) expect(everything.toLowerCase(), name).not.toMatch(new RegExp(`(?<![a-z])${name.toLowerCase()}(?![a-z])`, 'u'));
  });

  it('leaves no email address and no known phone number, however it was written', () => {
    for (const email of EMAILS) expect(everything).not.toContain(email);
    expect(everything).not.toMatch(/@/);
    const digitRuns = [...everything.matchAll(/[+\d][\d\s().-]{6,}\d/g)].map((m) => m[0].replace(/\D/g, ''));
    for (const phone of PHONES) expect(digitRuns.some((run) => run.includes(phone)), phone).toBe(false);
  });

  it('leaves no known address, postcode or date of birth in free text', () => {
    expect(everything).not.toMatch(/Orchard Close|Mill Lane|CB1 2AB/i);
    expect(everything).not.toMatch(/2022-03-14|14\/03\/2022|2 November 2023/);
  });

  it('gives each person the same code wherever they appear', () => {
    const amelia = copy.children.find((c) => c.code === 'Child 0001')!;
    expect(copy.children.map((c) => c.code)).toEqual(['Child 0001', 'Child 0002', 'Child 0003']);
    expect(copy.parents.map((p) => p.code)).toEqual(['Parent 0001', 'Parent 0002']);
    expect(copy.observations[0]!.text).toContain('Child 0001');
    expect(copy.observations[0]!.text).toContain('Child 0003');
    expect(copy.observations[0]!.authorCode).toBe('Staff 0001');
    expect(copy.observations[1]!.authorCode).toBe('Staff 0002');
    expect(copy.observations[1]!.text).toMatch(/^Child 0002 shared with Child 0001; Staff 0001 noted it/);
    expect(copy.parents[0]!.childId).toBe(amelia.id);
    expect(copy.observations[0]!.childId).toBe(amelia.id);
    expect(copy.media[0]!.childId).toBe(amelia.id);
  });

  it('replaces a surname two people share with [name] rather than pointing at either', () => {
    expect(new Scrubber(new Map([['Child 0001', ['Ann Lee']], ['Parent 0001', ['Bo Lee']]]), { emails: [], phones: [], addresses: [], datesOfBirth: [] })
      .scrub('Ann and Mr Lee')).toBe('Child 0001 and Mr [name]');
  });

  it('removes a known email whole even when it is not shaped like one', () => {
    const scrubber = new Scrubber(new Map(), { emails: ['dpo-little acorns@setting.test'], phones: [], addresses: [], datesOfBirth: [] });
    expect(scrubber.scrub('Write to dpo-little acorns@setting.test today')).toBe('Write to [email] today');
  });

  it('never reuses the live ids', () => {
    for (const id of ['c1', 'c2', 'c3', 'p1', 'p2', 'o1', 'o2', 'm1']) expect(everything).not.toContain(`"${id}"`);
  });

  it('keeps only the year and an age band of a date of birth', () => {
    expect(copy.children[0]).toMatchObject({ birthYear: 2022, ageBand: '4-5' });
    expect(copy.children[1]).toMatchObject({ birthYear: 2023, ageBand: '2-3' });
    expect(everything).not.toContain('dateOfBirth');
  });

  it('keeps the metadata of media and nothing a person typed', () => {
    expect(copy.media[0]).toEqual({
      id: expect.any(String), code: 'Media 0001', childId: expect.any(String), contentType: 'image/jpeg', sizeBytes: 2048,
      takenAt: MEDIA[0]!.takenAt, createdAt: MEDIA[0]!.createdAt,
    });
  });

  it('drops parents\u2019 contact details entirely', () => {
    for (const p of copy.parents) expect(Object.keys(p).sort()).toEqual(['childId', 'code', 'createdAt', 'id', 'relationship']);
  });

  it('copies only the kinds it is asked for, while still scrubbing names of the others', () => {
    const only = anonymise(snapshot(), ['observations'], NOW);
    expect(only.children).toEqual([]);
    expect(only.parents).toEqual([]);
    expect(only.media).toEqual([]);
    expect(only.observations[0]!.text).not.toMatch(/Amelia|Priya/);
  });
});

describe('age bands', () => {
  it('counts whole years up to the day', () => {
    expect(ageBand('2025-06-01', NOW)).toBe('under 1');
    expect(ageBand('2024-05-20', NOW)).toBe('2-3');
    expect(ageBand('2024-05-21', NOW)).toBe('1-2');
    expect(ageBand('2019-01-01', NOW)).toBe('5-8');
    expect(ageBand('2010-01-01', NOW)).toBe('12+');
    expect(ageBand('not a date', NOW)).toBeNull();
  });
});
