/**
 * The UK school year in three terms, by calendar month in UK time: autumn September–December, spring
 * January–April (Easter falls in it), summer May–August (the summer holiday counts with the term before it).
 * A term is named by its calendar year: `2026-autumn`, `2027-spring`, `2027-summer`.
 */
export const TERMS = ['spring', 'summer', 'autumn'] as const;
export type TermName = (typeof TERMS)[number];
const START_MONTH: Record<TermName, number> = { spring: 1, summer: 5, autumn: 9 };
export const TERM_PATTERN = /^(\d{4})-(autumn|spring|summer)$/;

export interface SchoolTerm {
  term: string;
  startsAt: Date;
  endsAt: Date;
}

const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });

function londonParts(at: Date) {
  const parts = Object.fromEntries(london.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** Midnight at the start of the first day of a month, UK time, as an instant. */
function londonMonthStart(year: number, month: number): Date {
  const guess = new Date(Date.UTC(year, month - 1, 1));
  const p = londonParts(guess);
  const offsetMs = (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - guess.getTime());
  return new Date(guess.getTime() - offsetMs);
}

function termNameOf(month: number): TermName {
  return month >= 9 ? 'autumn' : month >= 5 ? 'summer' : 'spring';
}

export function termBounds(year: number, name: TermName): SchoolTerm {
  const start = START_MONTH[name];
  const end = name === 'autumn' ? { year: year + 1, month: 1 } : { year, month: start + 4 };
  return { term: `${year}-${name}`, startsAt: londonMonthStart(year, start), endsAt: londonMonthStart(end.year, end.month) };
}

export function schoolTermAt(at: Date): SchoolTerm {
  const { year, month } = londonParts(at);
  return termBounds(year, termNameOf(month));
}

export function parseTerm(term: string): SchoolTerm | null {
  const match = TERM_PATTERN.exec(term);
  return match ? termBounds(Number(match[1]), match[2] as TermName) : null;
}
