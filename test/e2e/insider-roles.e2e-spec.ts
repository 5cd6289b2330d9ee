import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { startApp, uniq, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

const PASSWORD = 'Velvet-Harbour-2031';
const person = (roles: string[]) => ({ email: `${uniq('new')}@staff.test`, name: 'Nia Newcomer', roles, password: PASSWORD });
const staffCount = async () => Number((await t.db.query('SELECT count(*) AS n FROM staff'))[0].n);
const rolesOf = async (id: string) => ((await t.db.query('SELECT roles FROM staff WHERE id = $1', [id])) as { roles: string[] }[])[0]!.roles;

describe('an admin giving themselves or a friend the power to open content', () => {
  it('refuses to create anyone holding admin with developer or it_manager (400), and creates nobody', async () => {
    const admin = await t.make.staff(['admin']);
    const before = await staffCount();
    for (const roles of [['admin', 'developer'], ['admin', 'it_manager'], ['developer', 'admin', 'smt'], ['admin', 'developer', 'it_manager']]) {
      const res = await t.http().post('/api/staff').set(admin.auth).send(person(roles));
      expect(res.status, roles.join('+')).toBe(400);
      expect(res.body.message).toMatch(/separation of duties/);
    }
    expect(await staffCount()).toBe(before);
  });

  it('refuses to add developer or it_manager to an admin, or admin to a developer (400), and changes no roles', async () => {
    const admin = await t.make.staff(['admin']);
    const otherAdmin = await t.make.staff(['admin']);
    const dev = await t.make.staff(['developer']);
    const it_ = await t.make.staff(['it_manager']);
    const attempts: [string, string[]][] = [
      [admin.staff.id, ['admin', 'developer']],
      [otherAdmin.staff.id, ['admin', 'it_manager']],
      [dev.staff.id, ['developer', 'admin']],
      [it_.staff.id, ['admin', 'it_manager']],
    ];
    for (const [id, roles] of attempts) {
      const before = await rolesOf(id);
      const res = await t.http().put(`/api/staff/${id}`).set(admin.auth).send({ roles });
      expect(res.status, roles.join('+')).toBe(400);
      expect(await rolesOf(id)).toEqual(before);
    }
  });

  it('allows admin with support or smt', async () => {
    const admin = await t.make.staff(['admin']);
    expect((await t.http().post('/api/staff').set(admin.auth).send(person(['admin', 'smt']))).status).toBe(201);
  });
});

describe('granting a privileged role', () => {
  it('emails every SMT member when someone is given it_manager or admin, and nobody for other roles', async () => {
    const admin = await t.make.staff(['admin']);
    const smt = [await t.make.staff(['smt']), await t.make.staff(['smt', 'support'])];
    const newIt = await t.http().post('/api/staff').set(admin.auth).send(person(['it_manager']));
    expect(newIt.status).toBe(201);
    for (const s of smt) {
      const mails = await t.db.getRepository(OutboxMessage).findBy({ to: s.email, kind: 'staff.role_granted' });
      expect(mails.map((m) => m.subject)).toContain('Nia Newcomer was given the it_manager role');
    }
    const support = await t.make.staff(['support']);
    const promote = await t.http().put(`/api/staff/${support.staff.id}`).set(admin.auth).send({ roles: ['support', 'admin'] });
    expect(promote.status).toBe(200);
    const told = await t.db.getRepository(OutboxMessage).findBy({ to: smt[0]!.email, kind: 'staff.role_granted' });
    expect(told.some((m) => m.body.includes(support.email) && m.subject.includes('admin'))).toBe(true);
    const count = await t.db.getRepository(OutboxMessage).countBy({ to: smt[0]!.email, kind: 'staff.role_granted' });
    await t.http().put(`/api/staff/${support.staff.id}`).set(admin.auth).send({ roles: ['support', 'admin', 'smt'] }).expect(200);
    await t.http().post('/api/staff').set(admin.auth).send(person(['developer'])).expect(201);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: smt[0]!.email, kind: 'staff.role_granted' })).toBe(count);
  });
});

describe('the command line', () => {
  it('refuses staff:create with admin and it_manager, and creates nobody', () => {
    const email = `${uniq('cli')}@staff.test`;
    const r = spawnSync('node', ['dist/server/src/cli/main.js', 'staff:create', '--email', email, '--name', 'Cli Admin', '--role', 'admin', '--role', 'it_manager', '--password', PASSWORD], {
      encoding: 'utf8', env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'development', SECRETS_KEY: Buffer.alloc(32, 1).toString('base64') }, timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/admin is never held together with it_manager/);
    return t.db.query('SELECT count(*) AS n FROM staff WHERE email = $1', [email]).then((rows: { n: string }[]) => expect(Number(rows[0]!.n)).toBe(0));
  });
});
