import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WordList } from './word-list.js';

describe('the compact word list', () => {
  it('finds every word and only those, prefixes and longer words included', () => {
    const list = WordList.fromJson('[\n  "a", "aa","aah" ,"ab",\n"b", "zoo"\n]\n');
    expect(list.size).toBe(6);
    for (const w of ['a', 'aa', 'aah', 'ab', 'b', 'zoo']) expect(list.has(w)).toBe(true);
    for (const w of ['', 'aaa', 'aahs', 'ac', 'c', 'zo', 'zoos', 'A', '"', 'a"', 'é']) expect(list.has(w)).toBe(false);
  });

  it('reads a list that is unsorted, repeats itself or holds escapes by parsing it once', () => {
    const list = WordList.fromJson(String.raw`["pear", "apple", "pear", "caf\u00e9", "say \"hi\"", "fig"]`);
    expect(list.size).toBe(4);
    for (const w of ['apple', 'café', 'fig', 'pear']) expect(list.has(w)).toBe(true);
    expect(list.has('say "hi"')).toBe(false);
    expect(WordList.fromJson('["b", "a"]').has('a')).toBe(true);
    expect(WordList.fromJson('[]').has('a')).toBe(false);
    expect(() => WordList.fromJson('["a", "b"')).toThrow();
  });

  it('answers exactly as a Set of the English dictionary does', () => {
    const words = createRequire(import.meta.url)('an-array-of-english-words') as string[];
    const set = new Set(words);
    const list = WordList.fromPackage('an-array-of-english-words', import.meta.url);
    expect(list.size).toBe(set.size);
    for (let i = 0; i < words.length; i += 97) expect(list.has(words[i]!)).toBe(true);
    const probes = ['oliver', 'hargreaves', 'okonkwo', 'zoe', 'paint', 'painted', 'brother', 'mum', 'priya', 'zz', 'aaaa', 'zyzzyvas', 'zyzzyvass', 'é'];
    for (const p of probes) expect(list.has(p)).toBe(set.has(p));
  });
});
