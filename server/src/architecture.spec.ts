import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.dirname(new URL(import.meta.url).pathname);

/** Where SQL may live: a module's repositories, and the data layer's own building blocks. */
const isDataLayer = (file: string) => file.endsWith('.repository.ts') || file.startsWith('database/');

/** What reaches the database directly. Outside the data layer each of these is a rule broken. */
const DIRECT_DATA_ACCESS: [string, RegExp][] = [
  ['raw SQL', /\.query\s*(<[^>]*>)?\(/],
  ['getRepository', /\bgetRepository\s*\(/],
  ['createQueryBuilder', /\bcreateQueryBuilder\s*\(/],
  ['an injected data source or repository', /@Inject(DataSource|Repository|EntityManager)\s*\(/],
  ['an entity manager call', /\b(m|manager|em|tx)\.(find\w*|save|insert|update|delete|upsert|count\w*|exist\w*|increment|decrement|remove|softDelete|create|merge|preload|query|sum|average|minimum|maximum)\s*\(/],
];

/** Files that still reach the database directly; each is moved behind its module's repository, then struck off. */
const NOT_YET_BEHIND_A_REPOSITORY: string[] = [
  'access/investigation-store/investigation-database.ts',
  'access/investigations.service.ts',
];

function sources(dir = SRC, base = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(path.join(dir, e.name), rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [rel] : [];
  });
}

function violations(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources().filter((f) => !isDataLayer(f))) {
    const lines = readFileSync(path.join(SRC, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const [what, pattern] of DIRECT_DATA_ACCESS) {
        if (pattern.test(line)) found.set(file, [...(found.get(file) ?? []), `${file}:${i + 1} ${what}`]);
      }
    });
  }
  return found;
}

describe('architecture', () => {
  it('reaches the database only through repositories', () => {
    const found = violations();
    const unexpected = [...found].filter(([file]) => !NOT_YET_BEHIND_A_REPOSITORY.includes(file)).flatMap(([, lines]) => lines);
    expect(unexpected).toEqual([]);
  });

  it('strikes a file off the list once it no longer reaches the database directly', () => {
    const found = violations();
    expect(NOT_YET_BEHIND_A_REPOSITORY.filter((file) => !found.has(file))).toEqual([]);
  });
});
