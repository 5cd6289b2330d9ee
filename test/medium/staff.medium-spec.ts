import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffError, StaffErrorCode } from '../../server/src/staff/staff.errors.js';
import { StaffRepository } from '../../server/src/staff/staff.repository.js';
import { StaffService } from '../../server/src/staff/staff.service.js';
import { PASSWORD, startApp, uniq, type TestApp } from '../helpers/app.js';

describe('StaffService', () => {
  let t: TestApp;
  let staff: StaffService;
  beforeAll(async () => {
    t = await startApp();
    staff = t.app.get(StaffService);
  });
  afterAll(async () => { await t?.close(); });

  const refusal = (work: Promise<unknown>) => work.then(() => null, (e: unknown) => e);

  it('never creates an account that is admin and developer or IT manager (separation of duties), and writes nothing', async () => {
    for (const roles of [['admin', 'developer'], ['it_manager', 'admin']] as const) {
      const email = `${uniq('clash')}@staff.test`;
      const e = await refusal(staff.create({ email, name: 'Clash Case', roles: [...roles], password: PASSWORD }, null));
      expect(e).toBeInstanceOf(StaffError);
      expect((e as StaffError).code).toBe(StaffErrorCode.IncompatibleRoles);
      expect(await t.app.get(StaffRepository).findByEmail(email)).toBeNull();
    }
  });

  it('refuses to give an admin the developer role, and leaves their roles as they were', async () => {
    const admin = await t.make.principal(['admin']);
    const other = await t.make.principal(['admin']);
    const e = await refusal(staff.update(admin, other.staff.id, { roles: ['admin', 'developer'] }));
    expect((e as StaffError).code).toBe(StaffErrorCode.IncompatibleRoles);
    expect((await staff.get(admin, other.staff.id)).roles).toEqual(['admin']);
  });

  it('lists colleagues to a non-admin without ever selecting their email, and refuses filtering by it', async () => {
    const support = await t.make.principal(['support']);
    const result = await staff.list(support, { range: '[0,49]' });
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(Object.keys(row).sort()).toEqual(['active', 'id', 'name', 'roles']);
    expect((await staff.get(support, support.staff.id)).email).toBeUndefined();
    await expect(staff.list(support, { filter: JSON.stringify({ email: support.staff.email }) })).rejects.toThrow(/cannot filter by email/);
  });

  it('lists every field to an admin', async () => {
    const admin = await t.make.principal(['admin']);
    const [row] = (await staff.list(admin, { filter: JSON.stringify({ email: admin.staff.email }) })).rows;
    expect(row).toMatchObject({ id: admin.staff.id, email: admin.staff.email, mfaEnabled: false });
    expect(row).not.toHaveProperty('passwordHash');
  });
});
