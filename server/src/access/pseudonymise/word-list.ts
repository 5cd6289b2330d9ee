import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const QUOTE = 0x22;
const BACKSLASH = '\\';

/**
 * A sorted word list held as one string and the offset of each word in it, looked up by binary search. The English
 * dictionary has some 275,000 words: as a Set of strings it takes over 20 MB of heap (and the parsed array stays in the
 * module cache besides); held this way it takes the size of its file and a 4-byte offset per word.
 */
export class WordList {
  private constructor(
    /** Every word, each between double quotes, in code-unit order: `"a","aa","aah",…` or `"a""aa""aah"…`. */
    private readonly text: string,
    /** Where each word starts in `text`. */
    private readonly starts: Uint32Array,
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /** From a JSON array of strings (the form word-list packages ship); read without a string per word when it can be. */
  static fromJson(json: string): WordList {
    if (!json.includes(BACKSLASH)) {
      const starts = WordList.quotedStarts(json);
      if (starts) {
        const list = new WordList(json, starts);
        if (list.sorted()) return list;
      }
    }
    // Escapes or an unsorted list: parse it once, and keep only the compact form.
    return WordList.fromWords(JSON.parse(json) as string[]);
  }

  static fromWords(words: readonly string[]): WordList {
    const unique = [...new Set(words.filter((w) => !w.includes('"')))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const starts = new Uint32Array(unique.length);
    let at = 1;
    unique.forEach((w, i) => {
      starts[i] = at;
      at += w.length + 2;
    });
    return new WordList(unique.length ? `"${unique.join('""')}"` : '', starts);
  }

  /** The package's word list (resolved like an import, read as a file so the module cache keeps no copy). */
  static fromPackage(name: string, from: string | URL): WordList {
    return WordList.fromJson(readFileSync(createRequire(from).resolve(name), 'utf8'));
  }

  /** The start of every string of a flat JSON array of strings without escapes, or null when it is not one. */
  private static quotedStarts(json: string): Uint32Array | null {
    let quotes = 0;
    for (let i = json.indexOf('"'); i !== -1; i = json.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 !== 0) return null;
    const starts = new Uint32Array(quotes / 2);
    const blank = (at: number) => { while (at < json.length && /\s/.test(json[at]!)) at++; return at; };
    let at = blank(0);
    if (json[at] !== '[') return null;
    at = blank(at + 1);
    let n = 0;
    if (json[at] !== ']') {
      for (;;) {
        if (json[at] !== '"') return null;
        const close = json.indexOf('"', at + 1);
        starts[n++] = at + 1;
        at = blank(close + 1);
        if (json[at] === ']') break;
        if (json[at] !== ',') return null;
        at = blank(at + 1);
      }
    }
    return blank(at + 1) === json.length && n === starts.length ? starts : null;
  }

  private sorted(): boolean {
    for (let i = 1; i < this.starts.length; i++) if (this.compareStored(this.starts[i - 1]!, this.starts[i]!) >= 0) return false;
    return true;
  }

  /** Compares two stored words by UTF-16 code units; the closing quote sorts before any character. */
  private compareStored(a: number, b: number): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const x = text.charCodeAt(a + i);
      const y = text.charCodeAt(b + i);
      if (x === QUOTE || y === QUOTE) return x === y ? 0 : x === QUOTE ? -1 : 1;
      if (x !== y) return x - y;
    }
  }

  /** Compares the word stored at `start` with `key`, by UTF-16 code units as `<` does. */
  private compareAt(start: number, key: string): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const stored = text.charCodeAt(start + i);
      const ended = stored === QUOTE;
      if (i === key.length) return ended ? 0 : 1;
      if (ended) return -1;
      const diff = stored - key.charCodeAt(i);
      if (diff !== 0) return diff;
    }
  }

  has(key: string): boolean {
    if (key.includes('"')) return false;
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const c = this.compareAt(this.starts[middle]!, key);
      if (c === 0) return true;
      if (c < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
