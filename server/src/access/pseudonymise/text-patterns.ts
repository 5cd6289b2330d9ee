import { findPhoneNumbersInText } from 'libphonenumber-js/max';

/**
 * Shapes of identifiers in free text that no library finds for us (or finds only in part). Each detector returns the
 * spans it recognises; the scrubber decides what replaces them. Phone numbers come from libphonenumber first.
 */

export type PatternClass = 'email' | 'phone' | 'nhs_number' | 'upn' | 'postcode' | 'address' | 'date' | 'number' | 'initials';

export interface Span { start: number; end: number; kind: PatternClass }

/** Every match of a global pattern: an exec loop, as matchAll copies the pattern on every call (and this runs on every text of a copy). */
function eachMatch(text: string, pattern: RegExp, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++;
    visit(m);
  }
}

const spans = (text: string, pattern: RegExp, kind: PatternClass, accept: (m: RegExpExecArray) => boolean = () => true): Span[] => {
  const found: Span[] = [];
  eachMatch(text, pattern, (m) => { if (accept(m)) found.push({ start: m.index, end: m.index + m[0].length, kind }); });
  return found;
};

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// "mum(at)example.com", "jo [at] mail [dot] co [dot] uk", "jo at mail dot com": the @ and the dots spelt out.
const AT = String.raw`(?:\s*[([{<]\s*at\s*[)\]}>]\s*|\s+at\s+)`;
const DOT = String.raw`(?:\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.(?=[\p{L}\p{N}]))`;
// The last part must be a top-level domain, so "email me at jo.smith at mail dot com" is one address, not two.
const TLD = '(?:com|co|uk|org|net|gov|ac|sch|nhs|edu|info|biz|io|me|online|email|mail|scot|wales|cymru|london|[a-z]{2})';
const OBFUSCATED_EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+'-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}${TLD}(?![\p{L}\p{N}])`, 'giu');
const NHS_SHAPE = /(?<![\p{L}\p{N}])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\p{L}\p{N}])/gu;
// A UPN is a check letter and twelve characters, digits but for a final letter on a temporary one.
const UPN = /(?<![\p{L}\p{N}])[A-Z]\d{11}[A-Z\d](?![\p{L}\p{N}])/giu;
const POSTCODE = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})(?![\p{L}\p{N}])/giu;
// An outward code alone ("moved to CB1") still narrows a family down to a few streets.
const OUTWARD_CODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d{1,2}[A-Z]?(?![\p{L}\p{N}])/gu;
const STREET_TYPES = 'Road|Rd|Street|St|Avenue|Ave|Av|Lane|Ln|Close|Cl|Drive|Dr|Crescent|Cres|Way|Court|Ct|Place|Pl|Gardens|Gdns|Terrace|Terr|Ter|Grove|Gr|Gro|Mews|Row|Hill|Square|Sq|Walk|Parade|Pde|Rise|Green|Park|Boulevard|Blvd|Approach|Yard|Wharf|Chase|Croft|Meadows|Vale|Circus|Gate|Embankment';
const STREET_NAMED = new RegExp(String.raw`(?:(?:flat|apartment|apt|unit)\s*\d+[a-z]?,?\s+)?(?:\d+[a-z]?(?:-\d+)?,?\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:${STREET_TYPES})\b\.?`, 'gu');
const STREET_NUMBERED = new RegExp(String.raw`(?:(?:flat|apartment|apt|unit)\s*\d+[a-z]?,?\s+)?\d+[a-z]?(?:-\d+)?,?\s+(?:[\p{L}'’-]+\s+){1,3}(?:${STREET_TYPES})\b\.?`, 'giu');

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)?`;
const ORD = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATES = [
  String.raw`\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}`,
  String.raw`\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}`,
  String.raw`${WEEKDAY}${ORD}[\s-]*(?:of\s+)?${MONTH}\.?(?:[\s,-]+\d{2,4}(?!\d))?`,
  String.raw`${WEEKDAY}${MONTH}\.?[\s-]+(?:the\s+)?${ORD}(?![\p{L}\p{N}])(?:,?\s+\d{4})?`,
  String.raw`${MONTH}\.?[\s,-]+\d{4}`,
  String.raw`\d{1,2}\s*[-/.]\s*\d{1,2}(?=\s|$|[,.;)])`,
];
const DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DATES.join('|')})(?![\p{L}\p{N}])`, 'giu');
// Month names left alone still give away a birth month ("her birthday is in March").
const MONTH_NAME = /(?<![\p{L}\p{N}])(?:January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}\p{N}])/giu;
// Any run of four or more digits left over could join back to something; small counts ("3 blocks") are harmless.
const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\d(?:[\s().\-/]{0,2}\d){3,}(?![\p{L}\p{N}])|\d{4,}/gu;
// Loose phone shapes libphonenumber does not take (a UK mobile without its leading 0, odd separators).
const PHONE_LOOSE = /(?<![\p{L}\p{N}])(?:\+\s*\d{1,3}[\s.-]*)?\(?\d(?:[\s().-]{0,2}\d){8,13}(?![\p{L}\p{N}])/gu;
// "O.B.", "O. B.", "J.R.R.": initials with their dots.
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}\.\s?){2,4}(?!\p{L})/gu;

/** NHS numbers carry a modulus-11 check digit: only those that pass are called NHS numbers. */
export function isNhsNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length !== 10 || /^(\d)\1{9}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function emailSpans(text: string): Span[] {
  return [...spans(text, EMAIL, 'email'), ...spans(text, OBFUSCATED_EMAIL, 'email')];
}

export function identifierSpans(text: string): Span[] {
  return [
    ...spans(text, NHS_SHAPE, 'nhs_number', (m) => isNhsNumber(m[0])),
    ...spans(text, UPN, 'upn'),
  ];
}

// Clusters of digits that could be a phone number; libphonenumber (slow per call) reads the ones the loose shape misses.
const DIGIT_CLUSTER = /(?:\+\s*)?\(?\d[\d\s().-]{5,}\d/g;

export function phoneSpans(text: string): Span[] {
  const loose = spans(text, PHONE_LOOSE, 'phone');
  const found: Span[] = [];
  eachMatch(text, DIGIT_CLUSTER, (m) => {
    if (loose.some((l) => l.start <= m.index && l.end >= m.index + m[0].length)) return;
    for (const p of findPhoneNumbersInText(m[0], { defaultCountry: 'GB' })) found.push({ start: m.index + p.startsAt, end: m.index + p.endsAt, kind: 'phone' });
  });
  return [...loose, ...found];
}

export function placeSpans(text: string): Span[] {
  return [
    ...spans(text, POSTCODE, 'postcode'),
    ...spans(text, STREET_NUMBERED, 'address'),
    ...spans(text, STREET_NAMED, 'address'),
    ...spans(text, OUTWARD_CODE, 'postcode'),
  ];
}

export function dateSpans(text: string): Span[] {
  return spans(text, DATE, 'date');
}

export function monthNameSpans(text: string): Span[] {
  return spans(text, MONTH_NAME, 'date');
}

export function digitRunSpans(text: string): Span[] {
  return spans(text, DIGIT_RUN, 'number');
}

export function initialsSpans(text: string): Span[] {
  return spans(text, DOTTED_INITIALS, 'initials');
}

/** Keeps the earliest, then longest, of overlapping spans. */
export function disjoint(found: Span[]): Span[] {
  if (!found.length) return [];
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    kept.push({ ...s });
  }
  return kept;
}
