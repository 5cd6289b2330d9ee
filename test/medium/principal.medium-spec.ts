import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transactions } from '../../server/src/database/transactions.js';
import { parseListQuery, runPlainListQuery } from '../../server/src/database/list-query.js';
import { policyScoped } from '../../server/src/database/policy-scoped.js';
import { Staff } from '../../server/src/staff/staff.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';

describe('policy-scoped reads', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startApp(); });
  afterAll(async () => { await t?.close(); });

  it('select only the fields the policy lets the principal read', async () => {
    const support = await t.make.principal(['support']);
    const rows = await policyScoped(t.app.get(Transactions).manager, Staff, support, 'read', 'Staff').getMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['active', 'id', 'name', 'roles']);
  });

  it('keep to the permitted fields on the cheap list path too', async () => {
    const support = await t.make.principal(['support']);
    const spec = { sortable: ['name'], filters: {}, search: ['name'], defaultSort: ['name', 'ASC'] as const };
    const qb = policyScoped(t.app.get(Transactions).manager, Staff, support, 'read', 'Staff');
    const { rows, total } = await runPlainListQuery(qb, parseListQuery({}, spec), spec);
    expect(total).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['active', 'id', 'name', 'roles']);
  });

  it('select every readable field for a principal whose rule names none', async () => {
    const admin = await t.make.principal(['admin']);
    const [row] = await policyScoped(t.app.get(Transactions).manager, Staff, admin, 'read', 'Staff').getMany();
    expect(row).toHaveProperty('email');
    expect(row).not.toHaveProperty('passwordHash');
  });

  it('return no rows to a principal with no rule for the subject', async () => {
    const developer = await t.make.principal(['developer']);
    expect(await policyScoped(t.app.get(Transactions).manager, Staff, developer, 'update', 'Staff').getMany()).toEqual([]);
  });
});
