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

function sources(dir = SRC, base = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(path.join(dir, e.name), rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [rel] : [];
  });
}

/** Each line of a source text that reaches the database directly, with what it does. */
function directAccess(text: string): { line: number; what: string }[] {
  return text.split('\n').flatMap((line, i) =>
    DIRECT_DATA_ACCESS.filter(([, pattern]) => pattern.test(line)).map(([what]) => ({ line: i + 1, what })));
}

describe('architecture', () => {
  it('reaches the database only through repositories', () => {
    const found = sources().filter((f) => !isDataLayer(f))
      .flatMap((file) => directAccess(readFileSync(path.join(SRC, file), 'utf8')).map(({ line, what }) => `${file}:${line} ${what}`));
    expect(found).toEqual([]);
  });

  it('recognises each way of reaching the database directly', () => {
    const samples = [
      'await this.db.query(`SELECT 1`)',
      'await m.query<{ n: number }[]>(sql)',
      'this.db.getRepository(Staff)',
      'repo.createQueryBuilder("s")',
      'constructor(@InjectDataSource() db: DataSource) {}',
      'constructor(@InjectRepository(Staff) repo: Repository<Staff>) {}',
      'await manager.findOneBy(Staff, { id })',
      'await m.save(row)',
    ];
    for (const sample of samples) expect(directAccess(sample), sample).toHaveLength(1);
    expect(directAccess('await this.staff.find(me, id); this.tx.run(async (m) => this.repo.save(row, m));')).toEqual([]);
  });

  it('lets repositories and the data layer hold SQL', () => {
    expect(isDataLayer('staff/staff.repository.ts')).toBe(true);
    expect(isDataLayer('database/list-query.ts')).toBe(true);
    expect(isDataLayer('staff/staff.service.ts')).toBe(false);
  });
});
