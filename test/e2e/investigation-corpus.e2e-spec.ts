import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvestigationDatabase } from '../../server/src/database/investigation-database.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

// A hostile corpus loaded with content:load, copied, and read back from the investigation database: nothing that could
// identify anyone may survive. The CLI is the built entry point (npm test builds it first).
type Corpus = {
  children: { firstName: string; lastName: string; knownAs?: string; dateOfBirth: string; notes: string }[];
  parents: { firstName: string; lastName: string; email: string; phone: string; address: string }[];
  observations: { observedAt: string; authorName: string; text: string }[];
  media: { filename: string; caption: string; takenAt: string; sizeBytes: number }[];
};
const FILE = 'test/fixtures/hostile-corpus.json';
const corpus = JSON.parse(readFileSync(FILE, 'utf8')) as Corpus;
const extra = JSON.parse(readFileSync('test/fixtures/hostile-corpus.tokens.json', 'utf8')) as Record<string, string[]>;

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

function load(settingId: string, file = FILE, env: Record<string, string> = {}) {
  const r = spawnSync('node', ['dist/server/src/cli/main.js', 'content:load', '--setting', settingId, '--file', file], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'development', ...env }, timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const words = (s: string) => s.split(/[\s,()'’-]+/).filter((w) => w.length >= 3);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digits = (s: string) => s.replace(/\D/g, '');

/** Every token of the corpus that could identify someone, with the class it belongs to. */
function identifyingTokens(): { token: string; kind: string; digitsOnly?: boolean }[] {
  const out: { token: string; kind: string; digitsOnly?: boolean }[] = [];
  const add = (kind: string, token: string, digitsOnly = false) => out.push({ token, kind, digitsOnly });
  for (const c of corpus.children) {
    for (const w of [...words(c.firstName), ...words(c.lastName), ...(c.knownAs ? words(c.knownAs) : [])]) add('name', w);
    if (c.knownAs && c.knownAs.length === 2) add('known-as', c.knownAs);
    add('date of birth', c.dateOfBirth);
    const [y, m, d] = c.dateOfBirth.split('-');
    add('date of birth', `${d}/${m}/${y}`);
    add('date of birth', `${d}.${m}.${y!.slice(2)}`);
    add('initials', `${c.firstName[0]}.${c.lastName[0]}.`);
  }
  for (const p of corpus.parents) {
    for (const w of [...words(p.firstName), ...words(p.lastName)]) add('name', w);
    add('email', p.email);
    add('email', p.email.split('@')[0]!);
    add('phone', digits(p.phone).replace(/^(0044|44)/, '').replace(/^0/, ''), true);
  }
  for (const a of new Set(corpus.observations.map((o) => o.authorName))) for (const w of words(a)) add('staff name', w);
  for (const n of extra.unrecordedNames!) add('unrecorded name', n);
  for (const n of extra.nhsNumbers!) add('NHS number', n, true);
  for (const u of extra.upns!) add('UPN', u);
  for (const p of extra.postcodes!) add('postcode', p.replace(/\s/g, '').toLowerCase());
  for (const s of extra.streets!) add('street', s);
  for (const o of corpus.observations) add('timestamp', o.observedAt);
  for (const m of corpus.media) add('timestamp', m.takenAt);
  for (const m of corpus.media) add('filename', m.filename);
  return out;
}

describe('content:load and a copy of a hostile corpus', () => {
  it('loads the corpus and prints its counts', { timeout: 120_000 }, async () => {
    const setting = await t.make.setting();
    const r = load(setting.id);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ children: 20, parents: 30, observations: 160, media: 24 });
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM children WHERE setting_id = $1 AND known_as IS NOT NULL', [setting.id]);
    expect(n).toBe(corpus.children.filter((c) => c.knownAs).length);
  });

  it('leaves not one identifying token, digit run, exact timestamp or live id in the copy, read from the investigation database', { timeout: 120_000 }, async () => {
    const kit = accessKit(t);
    const setting = await t.make.setting({ consentPolicy: 'contract' });
    expect(load(setting.id).code).toBe(0);
    const supportCase = await t.make.supportCase(setting.id);
    const dev = await t.make.staff(['developer']);
    const it = await t.make.staff(['it_manager']);
    const request = await kit.request(dev, setting.id, supportCase.id, { scopes: ['children', 'observations', 'parents', 'media'] });
    await kit.approve(it, request.id);
    // Known-as names are content like the rest: shown under the grant.
    const live = await t.http().get(`/api/settings/${setting.id}/children`).query({ filter: JSON.stringify({ q: 'Zoz' }) }).set(dev.auth);
    expect(live.body).toMatchObject([{ firstName: 'Zoë', knownAs: 'Zoz' }]);
    const res = await t.http().post(`/api/access-requests/${request.id}/investigation`).set(dev.auth);
    expect(res.status, res.text).toBe(201);
    const copyId = res.body.id as string;

    const store = (await t.app.get(InvestigationDatabase).source());
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const kind of ['children', 'parents', 'observations', 'media']) {
      rows[kind] = await store.query(`SELECT * FROM ${kind} WHERE copy_id = $1`, [copyId]);
    }
    expect(rows.children).toHaveLength(20);
    expect(rows.observations).toHaveLength(160);
    const everything = JSON.stringify(rows);
    const freeText = [...rows.children!.flatMap((c) => [c.notes, c.room]), ...rows.parents!.map((p) => p.relationship), ...rows.observations!.flatMap((o) => [o.text, o.area])]
      .filter((v): v is string => typeof v === 'string').join('\n');
    const withoutCodes = freeText.replace(/\b(?:Child|Parent|Staff|Person|Media) \d{4}\b/g, '');

    const tokens = identifyingTokens();
    const survivors = tokens.filter(({ token, digitsOnly }) => digitsOnly
      ? digits(withoutCodes).includes(token) || withoutCodes.includes(token)
      : new RegExp(`(?<![\\p{L}\\p{N}])${escape(token)}(?![\\p{L}\\p{N}])`, 'iu').test(everything.normalize('NFD').replace(/\p{M}/gu, ''))
        || new RegExp(`(?<![\\p{L}\\p{N}])${escape(token)}(?![\\p{L}\\p{N}])`, 'iu').test(everything));
    console.log(`hostile corpus: ${tokens.length} identifying tokens in, ${survivors.length} surviving`);
    expect(survivors).toEqual([]);

    // No run of four or more digits is left in free text but the pseudonyms' own numbers.
    expect(withoutCodes.match(/\d(?:[\s.\-/()]?\d){3,}/g)).toBeNull();
    // Emails in any spelling, and no month name (a birth month).
    expect(freeText).not.toMatch(/@|\(at\)|\[at\]|\{at\}| at \w+ dot /i);
    expect(freeText).not.toMatch(/\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/i);

    const liveIds: { id: string }[] = [
      ...await t.db.query('SELECT id FROM children WHERE setting_id = $1', [setting.id]),
      ...await t.db.query('SELECT id FROM parents WHERE setting_id = $1', [setting.id]),
      ...await t.db.query('SELECT id FROM observations WHERE setting_id = $1', [setting.id]),
      ...await t.db.query('SELECT id FROM media WHERE setting_id = $1', [setting.id]),
    ];
    expect(liveIds).toHaveLength(234);
    for (const { id } of [...liveIds, { id: setting.id }, { id: request.id }]) expect(everything).not.toContain(id);
    // Observations name their child by the child's code.
    const codes = new Set(rows.children!.map((c) => c.code));
    for (const o of rows.observations!) expect(codes.has(o.child_code)).toBe(true);
    for (const m of rows.media!) expect(m).not.toHaveProperty('size_bytes');

    // Not one copy row in the main database.
    const [{ tables }] = await t.db.query(
      `SELECT count(*)::int AS tables FROM information_schema.columns WHERE column_name = 'copy_id' AND table_schema NOT IN ('pg_catalog', 'information_schema')`);
    expect(tables).toBe(0);
    const [{ codesInMain }] = await t.db.query(
      `SELECT (SELECT count(*) FROM children WHERE notes LIKE '%Child 0%') + (SELECT count(*) FROM observations WHERE text LIKE '%Child 0%')::int AS "codesInMain"`);
    expect(Number(codesInMain)).toBe(0);

    const meta = await t.http().get(`/api/investigations/${copyId}`).set(dev.auth);
    expect(meta.body.report).toMatchObject({ records: 234, byKind: { observations: { records: 160 } } });
    expect(meta.body.report.replacements).toBeGreaterThan(400);
    console.log(`hostile corpus report: ${JSON.stringify(meta.body.report)}`);
  });

  it('refuses content:load under NODE_ENV=production, before touching a database, in one line with exit 2', () => {
    const r = load('00000000-0000-4000-8000-000000000000', FILE, { NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('error: content:load refuses to run when NODE_ENV=production');
  });

  it('refuses bad options and bad files in one line with exit 2, loading nothing', { timeout: 180_000 }, async () => {
    const setting = await t.make.setting();
    const dir = mkdtempSync(path.join(tmpdir(), 'content-load-'));
    let n = 0;
    const file = (content: unknown) => { const f = path.join(dir, `bad-${n++}.json`); writeFileSync(f, JSON.stringify(content)); return f; };
    const bad = (args: string[]) => spawnSync('node', ['dist/server/src/cli/main.js', 'content:load', ...args], {
      encoding: 'utf8', env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'development' }, timeout: 60_000,
    });
    const cases: [string[], RegExp][] = [
      [['--file', FILE], /needs --setting ID and --file F\.json/],
      [['--setting', setting.id], /needs --setting ID and --file F\.json/],
      [['--setting', 'nope', '--file', FILE], /--setting must be a setting id/],
      [['--setting', setting.id, '--file', FILE, '--force'], /Unknown option '--force'/],
      [['--setting', setting.id, '--file', 'test/fixtures/missing.json'], /cannot read test\/fixtures\/missing\.json \(ENOENT\)/],
      [['--setting', setting.id, '--file', 'package.json'], /unknown key name/],
      [['--setting', '00000000-0000-4000-8000-000000000000', '--file', FILE], /no setting with id/],
      [['--setting', setting.id, '--file', file({ children: [{ ref: 'a', firstName: 'A', lastName: 'B', dateOfBirth: '07/03/2021', notes: '' }] })], /children\[0\]\.dateOfBirth must be YYYY-MM-DD/],
      [['--setting', setting.id, '--file', file({ children: [{ ref: 'a', firstName: 'A', lastName: 'B', dateOfBirth: '2021-03-07', notes: '' }], observations: [{ childRef: 'b', observedAt: '2026-01-01T10:00:00Z', authorName: 'X', text: 'y' }] })], /observations\[0\]\.childRef "b" names no child/],
      [['--setting', setting.id, '--file', file({ media: [{ filename: 'a.jpg', contentType: 'image/jpeg', sizeBytes: -1 }] })], /media\[0\]\.sizeBytes must be a whole number/],
      [['--setting', setting.id, '--file', file({ children: [{ ref: 'a', firstName: 'A', lastName: 'B', dateOfBirth: '2021-03-07', notes: '' }], observations: [{ childRef: 'a', observedAt: 'yesterday', authorName: 'X', text: 'y' }] })], /observations\[0\]\.observedAt must be an ISO-8601 time/],
    ];
    for (const [args, message] of cases) {
      const r = bad(args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const [{ loaded }] = await t.db.query('SELECT count(*)::int AS loaded FROM children WHERE setting_id = $1', [setting.id]);
    expect(loaded).toBe(0);
  });
});
