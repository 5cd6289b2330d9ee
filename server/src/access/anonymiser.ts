import { randomUUID } from 'node:crypto';
import type { ContentKind } from '../policy/abilities.js';

/**
 * Turns one setting's content into an investigation copy that names nobody: people become stable codes
 * (`Child 0007`), dates of birth keep only the year and an age band, contact details are dropped, free text is
 * scrubbed of every name and contact detail known for the setting, and media keeps its metadata only.
 * Pure: the caller reads the content (through ContentService) and stores the result.
 */

export interface SourceChild { id: string; firstName: string; lastName: string; dateOfBirth: string; room: string | null; notes: string; createdAt: Date }
export interface SourceParent { id: string; childId: string | null; firstName: string; lastName: string; relationship: string | null; email: string | null; phone: string | null; address: string | null; createdAt: Date }
export interface SourceObservation { id: string; childId: string; observedAt: Date; authorName: string; area: string | null; text: string; createdAt: Date }
export interface SourceMedia { id: string; childId: string | null; filename: string; contentType: string; sizeBytes: number; caption: string | null; takenAt: Date | null; createdAt: Date }

/** Everyone and every contact detail the setting records, whatever kinds the copy holds: the scrubber needs them all. */
export interface KnownIdentities {
  children: Pick<SourceChild, 'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'createdAt'>[];
  parents: Pick<SourceParent, 'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'address' | 'createdAt'>[];
  authors: string[];
  /** The setting's own contacts (DPO, office): names, emails, phones, addresses, postcodes. */
  contacts: { names: string[]; emails: string[]; phones: string[]; addresses: string[] };
}

export interface ContentSnapshot {
  children: SourceChild[];
  parents: SourceParent[];
  observations: SourceObservation[];
  media: SourceMedia[];
  known: KnownIdentities;
}

export interface AnonChild { id: string; code: string; birthYear: number | null; ageBand: string | null; room: string | null; notes: string; createdAt: Date }
export interface AnonParent { id: string; code: string; childId: string | null; relationship: string | null; createdAt: Date }
export interface AnonObservation { id: string; childId: string | null; observedAt: Date; authorCode: string; area: string | null; text: string; createdAt: Date }
export interface AnonMedia { id: string; code: string; childId: string | null; contentType: string; sizeBytes: number; takenAt: Date | null; createdAt: Date }

export interface AnonymisedCopy {
  children: AnonChild[];
  parents: AnonParent[];
  observations: AnonObservation[];
  media: AnonMedia[];
}

export const code = (label: string, n: number) => `${label} ${String(n).padStart(4, '0')}`;

const byAge = <T extends { createdAt: Date; id: string }>(a: T, b: T) =>
  new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || a.id.localeCompare(b.id);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** Letters or digits on either side mean the match is inside another word. */
const bounded = (alternatives: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// UK-style numbers: +CC or a leading 0, then 8-14 more digits with the usual separators.
const PHONE = /(?:\+\s*\d|\(?0)(?:[\s().-]*\d){8,14}/g;
const POSTCODE = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\p{N}])/giu;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every spelling of a date of birth someone is likely to type. */
function dateSpellings(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return [];
  const [, y, mm, dd] = m as unknown as [string, string, string, string];
  const d = String(Number(dd));
  const mo = String(Number(mm));
  const month = MONTHS[Number(mm) - 1]!;
  const short = month.slice(0, 3);
  const numeric = [`${y}-${mm}-${dd}`, ...[dd, d].flatMap((day) => [mm, mo].flatMap((mon) => ['/', '-', '.'].map((sep) => `${day}${sep}${mon}${sep}${y}`)))];
  const ordinal = `${d}(?:st|nd|rd|th)?`;
  const words = [`${ordinal}\\s+(?:of\\s+)?(?:${month}|${short})\\.?,?\\s+${y}`, `(?:${month}|${short})\\.?\\s+${ordinal},?\\s+${y}`];
  return [...numeric.map(escape), ...words];
}

/** A phone number matched by its digits, whatever separators the text uses. */
function phoneDigitsPattern(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return null;
  const national = digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
  const variants = new Set([digits, national, national.startsWith('0') ? `44${national.slice(1)}` : national]);
  return [...variants].map((v) => `\\+?${[...v].join('[\\s().-]*')}`).join('|');
}

/** Words of a name worth replacing: the whole name, each part, and the same without accents or apostrophes. */
function nameForms(name: string): string[] {
  const whole = name.trim().replace(/\s+/g, ' ');
  if (!whole) return [];
  const parts = whole.split(/[\s-]+/).filter((p) => p.length >= 2);
  const forms = new Set<string>();
  for (const f of [whole, ...parts]) {
    for (const v of [f, stripMarks(f), f.replace(/['’]/g, ''), f.replace(/'/g, '’')]) if (v.length >= 2) forms.add(v);
  }
  return [...forms];
}

export class Scrubber {
  private readonly names: RegExp | null;
  private readonly replacementFor = new Map<string, string>();
  private readonly exact: { pattern: RegExp; replacement: string }[] = [];

  /** `people` maps each code to the names that belong to it; a name shared by two codes becomes `[name]`. */
  constructor(people: Map<string, string[]>, contacts: { emails: string[]; phones: string[]; addresses: string[]; datesOfBirth: string[] }) {
    const owners = new Map<string, Set<string>>();
    for (const [who, names] of people) {
      for (const form of names.flatMap(nameForms)) {
        const key = form.toLocaleLowerCase('en-GB');
        owners.set(key, (owners.get(key) ?? new Set()).add(who));
      }
    }
    for (const [key, codes] of owners) this.replacementFor.set(key, codes.size === 1 ? [...codes][0]! : '[name]');
    const alternatives = [...owners.keys()].sort((a, b) => b.length - a.length).map((k) => escape(k).replace(/\\? /g, '\\s+'));
    this.names = alternatives.length ? bounded(alternatives) : null;

    const addresses = contacts.addresses.flatMap((a) => {
      const firstLine = a.split(',')[0]!.trim();
      return [a.trim(), ...(firstLine.length >= 5 ? [firstLine] : [])];
    }).filter((a) => a.length >= 5);
    if (addresses.length) {
      this.exact.push({ pattern: bounded([...new Set(addresses)].sort((a, b) => b.length - a.length).map((a) => escape(a).replace(/\\? /g, '\\s+'))), replacement: '[address]' });
    }
    const emails = contacts.emails.filter((e) => e.includes('@'));
    if (emails.length) this.exact.push({ pattern: new RegExp(emails.map(escape).join('|'), 'giu'), replacement: '[email]' });
    const phones = contacts.phones.map(phoneDigitsPattern).filter((p): p is string => p !== null);
    if (phones.length) this.exact.push({ pattern: new RegExp(`(?<!\\d)(?:${phones.join('|')})(?!\\d)`, 'g'), replacement: '[phone]' });
    const dates = contacts.datesOfBirth.flatMap(dateSpellings);
    if (dates.length) this.exact.push({ pattern: bounded(dates), replacement: '[date of birth]' });
  }

  scrub(text: string): string;
  scrub(text: string | null): string | null;
  scrub(text: string | null): string | null {
    if (text === null) return null;
    // What the setting is known to hold goes first, exactly as recorded; then anything shaped like a contact detail.
    let out = text;
    for (const { pattern, replacement } of this.exact) out = out.replace(pattern, replacement);
    out = out.replace(EMAIL, '[email]').replace(PHONE, '[phone]').replace(POSTCODE, '[postcode]');
    if (this.names) out = out.replace(this.names, (m) => this.replacementFor.get(m.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ')) ?? '[name]');
    return out;
  }
}

/** Whole years between a date of birth and `now`, as a band: the exact date never leaves. */
export function ageBand(dateOfBirth: string, now: Date): string | null {
  const born = new Date(`${dateOfBirth.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(born.getTime())) return null;
  let years = now.getUTCFullYear() - born.getUTCFullYear();
  if (now.getUTCMonth() < born.getUTCMonth() || (now.getUTCMonth() === born.getUTCMonth() && now.getUTCDate() < born.getUTCDate())) years--;
  if (years < 1) return 'under 1';
  if (years < 5) return `${years}-${years + 1}`;
  if (years < 8) return '5-8';
  if (years < 12) return '8-12';
  return '12+';
}

/** Builds the copy of the kinds given; the known identities decide the codes and what the scrubber removes. */
export function anonymise(snapshot: ContentSnapshot, kinds: readonly ContentKind[], now: Date): AnonymisedCopy {
  const { known } = snapshot;
  const newId = new Map<string, string>();
  const idFor = (id: string | null) => {
    if (id === null) return null;
    if (!newId.has(id)) newId.set(id, randomUUID());
    return newId.get(id)!;
  };
  const people = new Map<string, string[]>();
  const childCode = new Map<string, string>();
  [...known.children].sort(byAge).forEach((c, i) => {
    const label = code('Child', i + 1);
    childCode.set(c.id, label);
    people.set(label, [`${c.firstName} ${c.lastName}`, c.firstName, c.lastName]);
  });
  const parentCode = new Map<string, string>();
  [...known.parents].sort(byAge).forEach((p, i) => {
    const label = code('Parent', i + 1);
    parentCode.set(p.id, label);
    people.set(label, [`${p.firstName} ${p.lastName}`, p.firstName, p.lastName]);
  });
  const authorCode = new Map<string, string>();
  const authorsInOrder = [...new Set([
    ...[...snapshot.observations].sort((a, b) => new Date(a.observedAt).getTime() - new Date(b.observedAt).getTime() || a.id.localeCompare(b.id)).map((o) => o.authorName),
    ...known.authors,
  ].map((a) => a.trim()).filter(Boolean))];
  authorsInOrder.forEach((name, i) => {
    const label = code('Staff', i + 1);
    authorCode.set(name, label);
    people.set(label, [name]);
  });
  people.set('[name]', known.contacts.names);

  const scrubber = new Scrubber(people, {
    emails: [...known.parents.map((p) => p.email ?? ''), ...known.contacts.emails],
    phones: [...known.parents.map((p) => p.phone ?? ''), ...known.contacts.phones],
    addresses: [...known.parents.map((p) => p.address ?? ''), ...known.contacts.addresses],
    datesOfBirth: known.children.map((c) => c.dateOfBirth),
  });

  const copy: AnonymisedCopy = { children: [], parents: [], observations: [], media: [] };
  if (kinds.includes('children')) {
    copy.children = [...snapshot.children].sort(byAge).map((c) => ({
      id: idFor(c.id)!,
      code: childCode.get(c.id) ?? '[unknown child]',
      birthYear: Number(c.dateOfBirth.slice(0, 4)) || null,
      ageBand: ageBand(c.dateOfBirth, now),
      room: scrubber.scrub(c.room),
      notes: scrubber.scrub(c.notes),
      createdAt: c.createdAt,
    }));
  }
  if (kinds.includes('parents')) {
    copy.parents = [...snapshot.parents].sort(byAge).map((p) => ({
      id: idFor(p.id)!,
      code: parentCode.get(p.id) ?? '[unknown parent]',
      childId: idFor(p.childId),
      relationship: scrubber.scrub(p.relationship),
      createdAt: p.createdAt,
    }));
  }
  if (kinds.includes('observations')) {
    copy.observations = [...snapshot.observations].sort(byAge).map((o) => ({
      id: idFor(o.id)!,
      childId: idFor(o.childId),
      observedAt: o.observedAt,
      authorCode: authorCode.get(o.authorName.trim()) ?? '[unknown staff]',
      area: scrubber.scrub(o.area),
      text: scrubber.scrub(o.text),
      createdAt: o.createdAt,
    }));
  }
  if (kinds.includes('media')) {
    copy.media = [...snapshot.media].sort(byAge).map((m, i) => ({
      id: idFor(m.id)!,
      code: code('Media', i + 1),
      childId: idFor(m.childId),
      contentType: m.contentType,
      sizeBytes: m.sizeBytes,
      takenAt: m.takenAt,
      createdAt: m.createdAt,
    }));
  }
  return copy;
}
