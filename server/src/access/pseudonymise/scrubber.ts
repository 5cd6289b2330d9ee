import type Nlp from 'compromise';
import {
  dateSpans, digitRunSpans, disjoint, emailSpans, identifierSpans, initialsSpans, monthNameSpans, phoneSpans, placeSpans,
  type PatternClass, type Span,
} from './text-patterns.js';
import { WordList } from './word-list.js';

// The language models load on first use, not with the application: the CLI and most requests never need them.
let nlp: typeof Nlp | undefined;
let ENGLISH: WordList;
let LEXICON: Record<string, string | string[] | undefined>;

/** Loads compromise (with compromise-dates) and the English word list; a Scrubber needs them. */
export async function loadLanguage(): Promise<void> {
  if (nlp) return;
  const { default: compromise } = await import('compromise');
  const { default: datesPlugin } = await import('compromise-dates');
  compromise.plugin(datesPlugin);
  ENGLISH = WordList.fromPackage('an-array-of-english-words', import.meta.url);
  LEXICON = (compromise.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
  nlp = compromise;
}

type Found = { offset: { start: number; length: number }; text: string }[];
const nlpDates = (text: string) => (nlp!(text) as unknown as { dates(): { json(o: object): Found } }).dates().json({ offset: true });
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

export type ReplacementClass = PatternClass | 'name';
export type PersonRole = 'child' | 'parent' | 'staff' | 'contact';

/** Someone the setting records, with the pseudonym this copy gives them. */
export interface KnownPerson { code: string; role: PersonRole; firstName: string; lastName: string; knownAs?: string | null }

const LABEL: Record<PatternClass, string> = {
  email: '[email]', phone: '[phone]', nhs_number: '[NHS number]', upn: '[UPN]', postcode: '[postcode]', address: '[address]',
  date: '[date]', number: '[number]', initials: '[initials]',
};

// Capitalised words that are not people: kept wherever they stand.
const SAFE = new Set(('i a mon monday tue tuesday wed wednesday thu thursday fri friday sat saturday sun sunday christmas easter diwali eid '
  + 'halloween ramadan hanukkah eyfs send senco sendco psed pe ict uk nhs gp dpo ehcp ofsted lego duplo reception nursery preschool year '
  + 'english maths mathematics literacy phonics art music science ok tv ipad key worker keyworker room baby babies toddler toddlers '
  + 'rainbows sunshine stars caterpillars butterflies ladybirds owls the he she they we it his her their our my mum dad mummy daddy '
  + 'mr mrs ms miss mx dr nurse upn dob asap fyi sen slt ot salt hv cp lac pp eal fsm sats ks1 ks2 '
  + 'forest school expressive arts design understanding world communication language physical development personal social emotional').split(' '));
const RELATION = 'brother|sister|sibling|twin|cousin|mum|mummy|mom|mother|dad|daddy|father|parent|carer|guardian|nan|nana|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|uncle|aunt|auntie|aunty|stepmum|stepdad|stepbrother|stepsister|friend|baby|partner|husband|wife|son|daughter|neighbour|childminder|boyfriend|girlfriend';
const RELATION_WORD = new RegExp(String.raw`\b(?:${RELATION})\b`, 'i');
const PARENT_CUE = /(?:mum|mummy|mom|mother|dad|daddy|father|parent|carer|guardian|stepmum|stepdad|mrs|mr|ms)\W*$/i;
const CHILD_CUE = /(?:child|son|daughter|brother|sister|baby|boy|girl|pupil|twin|sibling)\W*$/i;
const STAFF_CUE = /(?:practitioner|key\s*worker|keyworker|teacher|staff|manager|colleague|senco|room\s+lead)\W*$/i;
const CONTEXT_NAME = new RegExp(String.raw`(?:(?:known as|goes by|likes to be called|nicknamed|nickname is|aka|a\.k\.a\.)\s+["'“‘(]?|(?:\b(?:${RELATION})\b,?\s+(?:called\s+|named\s+)?)|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse)\.?\s+)(\p{L}[\p{L}'’-]*)`, 'giu');
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const PHRASE_START = /[\p{L}\p{N}]+/gu;
/** WORD for exec loops: matchAll would copy the pattern on every call. */
const TOKEN = new RegExp(WORD.source, 'gu');
const SPACES = /\s+/y;
/** Whether only white space (some) stands between `from` and `to`. */
function spacesBetween(s: string, from: number, to: number): boolean {
  SPACES.lastIndex = from;
  return SPACES.test(s) && SPACES.lastIndex === to;
}
/** Whether the word at `at` opens a sentence: only spaces, quotes or brackets between it and the last full stop. */
function opensSentence(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘(\[-]/.test(s[i]!)) i--;
  return i < 0 || '.!?:;\n•*'.includes(s[i]!);
}

// Sentences open with few distinct words: compromise is asked once per opening pair.
const OPENINGS = new Map<string, boolean>();
function personAtStart(phrase: string): boolean {
  const key = phrase.toLocaleLowerCase('en-GB');
  let person = OPENINGS.get(key);
  if (person === undefined) {
    person = (nlp!(phrase) as unknown as { people(): { found: boolean } }).people().found;
    if (OPENINGS.size > 50_000) OPENINGS.clear();
    OPENINGS.set(key, person);
  }
  return person;
}
const MONTH_WORD = /(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}])/iu;
const SENTINEL = /\u0000([\uE000-\uF8FF])\u0000/gu;

/** Lower case, no accents, no apostrophes: "Zoë O’Sullivan" and "zoe osullivan" are one key. */
const PLAIN = /^[A-Za-z -]*$/;
const KEYS = new Map<string, string>();
export function nameKey(s: string): string {
  let key = KEYS.get(s);
  if (key === undefined) {
    key = PLAIN.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase();
    if (key.includes(' ')) key = key.replace(/\s+/g, ' ').trim();
    // Words repeat across a copy: the cache is bounded so one odd text cannot grow it without end.
    if (KEYS.size > 100_000) KEYS.clear();
    KEYS.set(s, key);
  }
  return key;
}
const possessive = (key: string) => key.replace(/s$/, '');

const lexiconTags = (key: string): string[] => { const t = LEXICON[key]; return t === undefined ? [] : Array.isArray(t) ? t : [t]; };
const isNameWord = (key: string) => lexiconTags(key).some((t) => NAME_TAGS.has(t));
const isEnglish = (key: string) => ENGLISH.has(key) || ENGLISH.has(possessive(key));

interface Token { start: number; end: number; text: string; key: string }

/**
 * Replaces, in one pass per text, every identifier shape, every name the setting records (each by its owner's
 * pseudonym) and every word that reads as a person's name though recorded nowhere (a fresh pseudonym per copy).
 * Counts what it replaced by class, for the copy's report.
 */
export class Scrubber {
  /** Every replacement so far, whatever its class. */
  replaced = 0;
  readonly counts: Record<ReplacementClass, number> = { email: 0, phone: 0, nhs_number: 0, upn: 0, postcode: 0, address: 0, date: 0, number: 0, initials: 0, name: 0 };
  private readonly owners = new Map<string, KnownPerson[]>();
  private readonly initials = new Set<string>();
  /** Addresses and emails recorded for the setting, by their first word: exact text that needs no pattern. */
  private readonly phrases = new Map<string, { text: string; kind: 'address' | 'email'; pattern: RegExp }[]>();
  private readonly strangers = new Map<string, string>();
  /** The first word of each recorded name of several words, with the most words such a name has. */
  private readonly leading = new Map<string, number>();

  constructor(people: KnownPerson[], knownAddresses: string[] = [], knownEmails: string[] = []) {
    if (!nlp) throw new Error('loadLanguage() must finish before a Scrubber is made');
    for (const p of people) {
      const first = p.firstName.trim();
      const last = p.lastName.trim();
      const forms = [first, last, p.knownAs ?? '', `${first} ${last}`, p.knownAs ? `${p.knownAs} ${last}` : ''];
      for (const part of [...first.split(/[\s-]+/), ...last.split(/[\s-]+/), ...last.split(/['’]/)]) if (part.length >= 2) forms.push(part);
      for (const form of forms.map(nameKey).filter((f) => f.length >= 2)) {
        const list = this.owners.get(form) ?? [];
        if (!list.includes(p)) list.push(p);
        this.owners.set(form, list);
        const words = form.split(' ');
        if (words.length > 1) this.leading.set(words[0]!, Math.max(this.leading.get(words[0]!) ?? 1, words.length));
      }
      const letters = [first, last].map((n) => nameKey(n)[0] ?? '').join('').toUpperCase();
      if (letters.length === 2) this.initials.add(letters);
    }
    const lines = knownAddresses.flatMap((a) => [a.trim(), a.split(',')[0]!.trim()]).filter((a) => a.length >= 5).map((text) => ({ text, kind: 'address' as const }));
    const seen = new Set<string>();
    for (const phrase of [...lines, ...knownEmails.filter((e) => e.length >= 5).map((text) => ({ text: text.trim(), kind: 'email' as const }))]) {
      const first = phrase.text.toLocaleLowerCase('en-GB').match(PHRASE_START)?.[0];
      if (!first) continue;
      const text = phrase.text.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
      // Families share an address: each phrase is kept (and its pattern compiled) once, not once per person.
      if (seen.has(`${phrase.kind} ${text}`)) continue;
      seen.add(`${phrase.kind} ${text}`);
      const list = this.phrases.get(first) ?? [];
      list.push({ text, kind: phrase.kind, pattern: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'iuy') });
      this.phrases.set(first, list);
    }
    for (const list of this.phrases.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  private knownPhrases(s: string) {
    const found: { start: number; end: number; replacement: string; kind: 'address' | 'email' }[] = [];
    const lower = s.toLocaleLowerCase('en-GB');
    let free = 0;
    PHRASE_START.lastIndex = 0;
    for (let m = PHRASE_START.exec(lower); m; m = PHRASE_START.exec(lower)) {
      const at = m.index;
      if (at < free) continue;
      const candidates = this.phrases.get(m[0]);
      if (!candidates) continue;
      let end = -1;
      const hit = candidates.find((c) => {
        c.pattern.lastIndex = at;
        const ok = c.pattern.test(s);
        if (ok) end = c.pattern.lastIndex;
        return ok;
      });
      if (!hit) continue;
      found.push({ start: at, end, replacement: hit.kind === 'email' ? '[email]' : '[address]', kind: hit.kind });
      free = end;
    }
    return found;
  }

  /** The pseudonym of a name recorded nowhere in the setting: one per name per copy. */
  private stranger(key: string): string {
    let code = this.strangers.get(key);
    if (!code) this.strangers.set(key, (code = `Person ${String(this.strangers.size + 1).padStart(4, '0')}`));
    return code;
  }

  scrub(text: string): string;
  scrub(text: string | null): string | null;
  scrub(text: string | null): string | null {
    if (text === null || text === '') return text;
    const table: string[] = [];
    const put = (s: string, spans: { start: number; end: number; replacement: string; kind: ReplacementClass }[]) => {
      if (!spans.length) return s;
      let out = '';
      let at = 0;
      for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
        if (sp.start < at) continue;
        out += s.slice(at, sp.start) + `\u0000${String.fromCharCode(0xe000 + table.length)}\u0000`;
        table.push(sp.replacement);
        this.counts[sp.kind]++;
        this.replaced++;
        at = sp.end;
      }
      return out + s.slice(at);
    };
    const labelled = (found: Span[]) => disjoint(found).map((s) => ({ ...s, replacement: LABEL[s.kind] }));

    let s = text;
    s = put(s, this.knownPhrases(s));
    s = put(s, labelled(emailSpans(s)));
    s = put(s, this.knownNames(s));
    s = put(s, labelled(identifierSpans(s)));
    s = put(s, labelled(dateSpans(s)));
    s = put(s, labelled(phoneSpans(s)));
    s = put(s, labelled(placeSpans(s)));
    s = put(s, labelled(digitRunSpans(s)));
    // compromise-dates reads what the patterns left, when a month is still named ("the seventh of March").
    if (MONTH_WORD.test(s)) {
      s = put(s, nlpDates(s).map((d) => (
        { start: d.offset.start, end: d.offset.start + d.offset.length, replacement: '[date]', kind: 'date' as const })));
    }
    s = put(s, labelled(monthNameSpans(s)));
    s = put(s, this.contextNames(s));
    s = put(s, labelled(initialsSpans(s)));
    s = put(s, this.unknownNames(s));
    return s.replace(SENTINEL, (_m, c: string) => table[c.charCodeAt(0) - 0xe000]!);
  }

  /** The longest recorded name at each word, its owner chosen by the words before it when two people share it. */
  private knownNames(s: string) {
    const tokens: Token[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
      tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: nameKey(m[0].replace(/['’]s$/i, '')) });
    }
    const found: { start: number; end: number; replacement: string; kind: 'name' }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      let matched = 0;
      let owners: KnownPerson[] | undefined;
      // Only a word that opens a recorded name of several words is tried with the words after it.
      for (let n = Math.min(this.leading.get(first.key) ?? 1, tokens.length - i); n >= 1 && !owners; n--) {
        let key = first.key;
        let spaced = true;
        for (let j = i + 1; j < i + n && spaced; j++) {
          spaced = spacesBetween(s, tokens[j - 1]!.end, tokens[j]!.start);
          key += ` ${tokens[j]!.key}`;
        }
        if (!spaced) continue;
        owners = this.owners.get(key) ?? (n === 1 ? this.owners.get(possessive(key)) : undefined);
        if (owners) matched = n;
      }
      if (!owners) continue;
      // A lower-case ordinary word ("may", "will") is that word, not the child who shares it.
      if (matched === 1 && first.text === first.text.toLowerCase() && lexiconTags(first.key).length && !isNameWord(first.key)) continue;
      const last = tokens[i + matched - 1]!;
      let end = last.end;
      const apostrophe = /['’]s$/i.exec(last.text);
      if (apostrophe) end -= apostrophe[0].length;
      found.push({ start: first.start, end, replacement: this.choose(owners, s, first.start), kind: 'name' });
      i += matched - 1;
    }
    return found;
  }

  /** The owner of a shared name that the 40 characters before it point at (`parent`, `son`, `key worker`), if any. */
  private choose(owners: KnownPerson[], s: string, at: number): string {
    if (owners.length === 1) return owners[0]!.code;
    const before = s.slice(Math.max(0, at - 40), at);
    const cue = PARENT_CUE.test(before) ? 'parent' : CHILD_CUE.test(before) ? 'child' : STAFF_CUE.test(before) ? 'staff' : null;
    const fitting = cue ? owners.filter((o) => o.role === cue) : owners;
    return fitting.length === 1 ? fitting[0]!.code : '[name]';
  }

  /** "known as Zoz", "her brother Jack", "Mrs Patel": the word after the cue is a name, whatever it looks like. */
  private contextNames(s: string) {
    return [...s.matchAll(CONTEXT_NAME)].flatMap((m) => {
      const word = m[1]!;
      const key = nameKey(word);
      const capital = word[0] !== word[0]!.toLowerCase();
      const cueIsRelation = RELATION_WORD.test(m[0].slice(0, m[0].length - word.length));
      if (cueIsRelation && !capital && isEnglish(key) && !isNameWord(key)) return [];
      if (SAFE.has(key) && !isNameWord(key)) return [];
      const start = m.index + m[0].length - word.length;
      return [{ start, end: start + word.length, replacement: this.stranger(key), kind: 'name' as const }];
    });
  }

  /**
   * Words that read as names though nobody recorded them: a capitalised word mid-sentence, a word the NLP lexicon
   * knows as a name, a capitalised word no English dictionary holds, and what compromise finds as people.
   */
  private unknownNames(s: string) {
    const found: { start: number; end: number; replacement: string; kind: ReplacementClass }[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
      const word = m[0];
      const key = nameKey(word);
      const capital = word[0] !== word[0]!.toLowerCase();
      if (!capital || SAFE.has(key) || SAFE.has(possessive(key))) continue;
      const sentenceStart = opensSentence(s, m.index);
      const upper = word.length <= 4 && word === word.toUpperCase();
      if (upper && !this.initials.has(word) && isEnglish(key)) continue;
      let name = upper ? this.initials.has(word) || !isEnglish(key) : isNameWord(key) || isNameWord(possessive(key)) || !isEnglish(key) || !sentenceStart;
      // A dictionary word opening a sentence: compromise decides, on the word and the one after it, whether it is a person.
      if (!name && sentenceStart && !lexiconTags(key).length) {
        const next = /^\s+(\p{L}+)/u.exec(s.slice(m.index + word.length))?.[1] ?? '';
        name = personAtStart(`${word} ${next}`);
      }
      if (!name) continue;
      const apostrophe = /['’]s$/i.exec(word);
      const end = m.index + word.length - (apostrophe ? apostrophe[0].length : 0);
      const previous = found[found.length - 1];
      // "Priya Patel": one stranger, one pseudonym, whose first word decides it.
      if (previous && !upper && spacesBetween(s, previous.end, m.index) && previous.replacement.startsWith('Person ')) { previous.end = end; continue; }
      const initials = upper && this.initials.has(word);
      found.push({ start: m.index, end, replacement: initials ? '[initials]' : this.stranger(possessive(key)), kind: initials ? 'initials' : 'name' });
    }
    return found;
  }
}
