import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDatabase } from '../helpers/app.js';

// The CLI as an operator meets it: the built entry point (npm test builds it first) on a database of its own.
let database: Awaited<ReturnType<typeof newDatabase>>;
beforeAll(async () => { database = await newDatabase({ empty: true }); });
afterAll(async () => { await database.drop(); });

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('node', ['dist/server/src/cli/main.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent', NODE_ENV: 'development', ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the command line', () => {
  it('migrates an empty database, and then has nothing left to apply', () => {
    const first = cli(['migrate']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^applied: Init\d+, .*TwoFactor\d+/);
    const again = cli(['migrate']);
    expect(again.out.trim()).toBe('nothing to apply: the schema is up to date');
  });

  it('creates a staff member with two roles and prints them without any secret', () => {
    const r = cli(['staff:create', '--email', 'ops@cli.test', '--name', 'Olu Ops', '--role', 'it_manager', '--role', 'smt', '--password', 'Quartz-Harbour-2026']);
    expect(r.code, r.err).toBe(0);
    const printed = JSON.parse(r.out);
    expect(printed).toMatchObject({ email: 'ops@cli.test', name: 'Olu Ops', roles: ['it_manager', 'smt'], active: true, mfaEnabled: false });
    expect(r.out).not.toMatch(/argon2|passwordHash|mfaSecret|Quartz-Harbour/);
    // The operator creating an account vouches for the induction training, unless told otherwise.
    expect(Date.now() - Date.parse(printed.trainingCompletedAt)).toBeLessThan(120_000);
  });

  it('records training on the date given, or none with --untrained', { timeout: 120_000 }, () => {
    const dated = cli(['staff:create', '--email', 'dated@cli.test', '--name', 'Dee Dated', '--role', 'developer', '--password', 'Quartz-Harbour-2026', '--trained-on', '2026-09-01']);
    expect(dated.code, dated.err).toBe(0);
    expect(JSON.parse(dated.out).trainingCompletedAt).toBe('2026-09-01T00:00:00.000Z');
    const none = cli(['staff:create', '--email', 'new@cli.test', '--name', 'Nia New', '--role', 'developer', '--password', 'Quartz-Harbour-2026', '--untrained']);
    expect(none.code, none.err).toBe(0);
    expect(JSON.parse(none.out).trainingCompletedAt).toBeNull();
    const both = cli(['staff:create', '--email', 'x@cli.test', '--name', 'X', '--role', 'developer', '--password', 'Quartz-Harbour-2026', '--untrained', '--trained-on', '2026-09-01']);
    expect(both.code).toBe(2);
  });

  // Four runs of the CLI, each starting the application: slow on a busy machine.
  it('refuses an unknown role, a missing option, a weak password and a taken email, each in one line with exit 2', { timeout: 120_000 }, () => {
    const cases: [string[], RegExp][] = [
      [['--email', 'a@cli.test', '--name', 'A', '--role', 'root', '--password', 'Quartz-Harbour-2026'], /unknown role root/],
      [['--email', 'a@cli.test', '--name', 'A', '--password', 'Quartz-Harbour-2026'], /needs --email, --name, --role and --password/],
      [['--email', 'a@cli.test', '--name', 'A', '--role', 'support', '--password', 'password'], /^error: .*password/m],
      [['--email', 'ops@cli.test', '--name', 'A', '--role', 'support', '--password', 'Quartz-Harbour-2026'], /already exists/],
    ];
    for (const [args, message] of cases) {
      const r = cli(['staff:create', ...args]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('refuses demo:seed when NODE_ENV=production, before touching the database', () => {
    const r = cli(['demo:seed'], { NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('error: demo:seed refuses to run when NODE_ENV=production');
  });

  it('answers an unknown command with the usage and exit 2', () => {
    const r = cli(['drop-everything']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "drop-everything"/);
    expect(r.err).toMatch(/usage: npm run cli -- <command>/);
  });

  it('verifies the audit chain it wrote', () => {
    const r = cli(['audit:verify']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toMatch(/^ok [1-9]\d* events$/);
  });
});
