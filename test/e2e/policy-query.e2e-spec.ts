import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Child } from '../../server/src/content/content.entities.js';
import { whereAccessible } from '../../server/src/policy/accessible-where.js';
import { defineAbilityFor } from '../../server/src/policy/abilities.js';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

describe('turning the policy into query conditions', () => {
  it('returns no rows at all for a role with no rule, never "no filter"', async () => {
    const s = await t.make.setting();
    await t.make.content(s.id, 1);
    const ability = defineAbilityFor({ id: 'x', roles: ['admin'], grants: [] });
    const rows = await whereAccessible(t.db.getRepository(Child).createQueryBuilder('c'), ability, 'read', 'Child').getMany();
    expect(rows).toEqual([]);
  });

  it('keeps to the granted setting and never replaces conditions added before it', async () => {
    const [a, b] = [await t.make.setting(), await t.make.setting()];
    const [ca, cb] = [await t.make.content(a.id, 2), await t.make.content(b.id, 2)];
    const ability = defineAbilityFor({ id: 'x', roles: ['developer'], grants: [{ id: 'g', settingId: a.id, scopes: ['children'] }] });
    const granted = await whereAccessible(t.db.getRepository(Child).createQueryBuilder('c'), ability, 'read', 'Child').getMany();
    expect(granted.map((c) => c.id).sort()).toEqual(ca.children.map((c) => c.id).sort());
    const narrowed = await whereAccessible(
      t.db.getRepository(Child).createQueryBuilder('c').where('c.id = :id', { id: ca.children[0]!.id }), ability, 'read', 'Child',
    ).getMany();
    expect(narrowed.map((c) => c.id)).toEqual([ca.children[0]!.id]);
    const elsewhere = await whereAccessible(
      t.db.getRepository(Child).createQueryBuilder('c').where('c.setting_id = :b', { b: b.id }), ability, 'read', 'Child',
    ).getMany();
    expect(elsewhere).toEqual([]);
    expect(cb.children).toHaveLength(2);
  });

  it('combines two grants as either one', async () => {
    const [a, b] = [await t.make.setting(), await t.make.setting()];
    await t.make.content(a.id, 1);
    await t.make.content(b.id, 1);
    const ability = defineAbilityFor({ id: 'x', roles: ['developer'], grants: [
      { id: 'g1', settingId: a.id, scopes: ['children'] }, { id: 'g2', settingId: b.id, scopes: ['children'] },
    ] });
    const rows = await whereAccessible(t.db.getRepository(Child).createQueryBuilder('c'), ability, 'read', 'Child')
      .andWhere('c.setting_id IN (:...ids)', { ids: [a.id, b.id] }).getMany();
    expect(new Set(rows.map((r) => r.settingId))).toEqual(new Set([a.id, b.id]));
  });
});
