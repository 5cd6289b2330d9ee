import { randomInt, randomUUID } from 'node:crypto';
import type { ContentKind } from '../../policy/abilities.js';
import { Scrubber, type KnownPerson, type ReplacementClass } from './scrubber.js';

/**
 * Turns one setting's content into rows that name nobody, one row at a time so a copy streams: every person gets one
 * pseudonym for the whole copy (`Child 0007`, `Parent 0003`, `Staff 0002`) in an order drawn at random, every date
 * and timestamp moves by one random offset (so intervals and ages hold), every id is new, media keep no filename,
 * caption or exact size, and free text goes through the Scrubber.
 */

export interface SourceChild { id: string; firstName: string; lastName: string; knownAs: string | null; dateOfBirth: string; room: string | null; notes: string; createdAt: Date }
export interface SourceParent { id: string; childId: string | null; firstName: string; lastName: string; relationship: string | null; email: string | null; phone: string | null; address: string | null; createdAt: Date }
export interface SourceObservation { id: string; childId: string; observedAt: Date; authorName: string; area: string | null; text: string; createdAt: Date }
export interface SourceMedia { id: string; childId: string | null; filename: string; contentType: string; sizeBytes: number; caption: string | null; takenAt: Date | null; createdAt: Date }

/** Everyone the setting records, whatever kinds the copy holds: the scrubber needs them all. */
export interface KnownIdentities {
  children: Pick<SourceChild, 'id' | 'firstName' | 'lastName' | 'knownAs'>[];
  parents: Pick<SourceParent, 'id' | 'firstName' | 'lastName' | 'address'>[];
  authors: string[];
  /** The setting's own contacts (DPO, office). */
  contacts: { names: string[]; addresses: string[]; emails: string[] };
}

export interface CopyChild { id: string; code: string; dateOfBirth: string | null; ageBand: string | null; room: string | null; notes: string; createdAt: Date }
export interface CopyParent { id: string; code: string; childId: string | null; childCode: string | null; relationship: string | null; createdAt: Date }
export interface CopyObservation { id: string; childId: string | null; childCode: string | null; observedAt: Date; authorCode: string; area: string | null; text: string; createdAt: Date }
export interface CopyMedia { id: string; code: string; childId: string | null; childCode: string | null; contentType: string; sizeBucket: string; takenAt: Date | null; createdAt: Date }

export interface CopyReport {
  records: number;
  replacements: number;
  byKind: Partial<Record<ContentKind, { records: number; replacements: number }>>;
  byClass: Record<ReplacementClass, number>;
}

const DAY = 86_400_000;
export const code = (label: string, n: number) => `${label} ${String(n).padStart(4, '0')}`;

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Whole years between a date of birth and `now`, as a band. */
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

export function sizeBucket(bytes: number): string {
  if (bytes < 100_000) return 'under 100 KB';
  if (bytes < 1_000_000) return '100 KB - 1 MB';
  if (bytes < 10_000_000) return '1 - 10 MB';
  if (bytes < 100_000_000) return '10 - 100 MB';
  return '100 MB or more';
}

const splitName = (full: string) => {
  const parts = full.trim().split(/\s+/);
  return parts.length > 1 ? { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1]! } : { firstName: parts[0] ?? '', lastName: '' };
};

export class Pseudonymiser {
  /** The one shift of this copy: between six months and three years back, to the millisecond. */
  readonly offsetMs: number;
  private readonly offsetDays: number;
  private readonly newIds = new Map<string, string>();
  private readonly childCodes = new Map<string, string>();
  private readonly parentCodes = new Map<string, string>();
  private readonly staffCodes = new Map<string, string>();
  private readonly scrubber: Scrubber;
  readonly report: CopyReport;

  constructor(known: KnownIdentities, private readonly now: Date, offsetMs = -(randomInt(180, 1096) * DAY + randomInt(1, DAY))) {
    this.offsetMs = offsetMs;
    this.offsetDays = Math.floor(offsetMs / DAY);
    const people: KnownPerson[] = [];
    shuffled(known.children).forEach((c, i) => {
      const label = code('Child', i + 1);
      this.childCodes.set(c.id, label);
      this.newIds.set(c.id, randomUUID());
      people.push({ code: label, role: 'child', firstName: c.firstName, lastName: c.lastName, knownAs: c.knownAs });
    });
    shuffled(known.parents).forEach((p, i) => {
      const label = code('Parent', i + 1);
      this.parentCodes.set(p.id, label);
      this.newIds.set(p.id, randomUUID());
      people.push({ code: label, role: 'parent', firstName: p.firstName, lastName: p.lastName });
    });
    shuffled([...new Set(known.authors.map((a) => a.trim()).filter(Boolean))]).forEach((name, i) => {
      const label = code('Staff', i + 1);
      this.staffCodes.set(name, label);
      people.push({ code: label, role: 'staff', ...splitName(name) });
    });
    for (const name of known.contacts.names) people.push({ code: '[name]', role: 'contact', ...splitName(name) });
    this.scrubber = new Scrubber(people, [...known.parents.map((p) => p.address ?? ''), ...known.contacts.addresses], known.contacts.emails);
    this.report = { records: 0, replacements: 0, byKind: {}, byClass: this.scrubber.counts };
  }

  private shift(at: Date): Date;
  private shift(at: Date | null): Date | null;
  private shift(at: Date | null): Date | null {
    return at === null ? null : new Date(new Date(at).getTime() + this.offsetMs);
  }

  private shiftDate(date: string): string | null {
    const d = new Date(`${String(date).slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return null;
    return new Date(d.getTime() + this.offsetDays * DAY).toISOString().slice(0, 10);
  }

  private counted<T>(kind: ContentKind, make: () => T): T {
    const before = this.totalReplacements();
    const row = make();
    const made = this.totalReplacements() - before;
    const entry = (this.report.byKind[kind] ??= { records: 0, replacements: 0 });
    entry.records++;
    entry.replacements += made;
    this.report.records++;
    this.report.replacements += made;
    return row;
  }

  private totalReplacements() {
    return this.scrubber.replaced;
  }

  private idOf(id: string | null): string | null {
    return id === null ? null : this.newIds.get(id) ?? null;
  }

  private childCodeOf(id: string | null): string | null {
    return id === null ? null : this.childCodes.get(id) ?? null;
  }

  child(c: SourceChild): CopyChild {
    return this.counted('children', () => ({
      id: this.newIds.get(c.id) ?? randomUUID(),
      code: this.childCodes.get(c.id) ?? '[unknown child]',
      dateOfBirth: this.shiftDate(c.dateOfBirth),
      ageBand: ageBand(String(c.dateOfBirth), this.now),
      room: this.scrubber.scrub(c.room),
      notes: this.scrubber.scrub(c.notes),
      createdAt: this.shift(c.createdAt),
    }));
  }

  parent(p: SourceParent): CopyParent {
    return this.counted('parents', () => ({
      id: this.newIds.get(p.id) ?? randomUUID(),
      code: this.parentCodes.get(p.id) ?? '[unknown parent]',
      childId: this.idOf(p.childId),
      childCode: this.childCodeOf(p.childId),
      relationship: this.scrubber.scrub(p.relationship),
      createdAt: this.shift(p.createdAt),
    }));
  }

  observation(o: SourceObservation): CopyObservation {
    return this.counted('observations', () => ({
      id: randomUUID(),
      childId: this.idOf(o.childId),
      childCode: this.childCodeOf(o.childId),
      observedAt: this.shift(o.observedAt),
      authorCode: this.staffCodes.get(o.authorName.trim()) ?? '[unknown staff]',
      area: this.scrubber.scrub(o.area),
      text: this.scrubber.scrub(o.text),
      createdAt: this.shift(o.createdAt),
    }));
  }

  media(m: SourceMedia, index: number): CopyMedia {
    return this.counted('media', () => ({
      id: randomUUID(),
      code: code('Media', index),
      childId: this.idOf(m.childId),
      childCode: this.childCodeOf(m.childId),
      contentType: m.contentType,
      sizeBucket: sizeBucket(m.sizeBytes),
      takenAt: this.shift(m.takenAt),
      createdAt: this.shift(m.createdAt),
    }));
  }
}
