import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS, CONTENT_SUBJECT, defineAbilityFor, ROLES } from './abilities.js';

const SETTING = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

describe('the policy', () => {
  it('refuses to build an ability for an unknown role', () => {
    expect(() => defineAbilityFor({ id: 'x', roles: ['root'], grants: [] })).toThrow(/unknown role/);
  });

  it('gives a member of staff with no role nothing at all', () => {
    const ability = defineAbilityFor({ id: 'x', roles: [], grants: [] });
    expect(ability.rules).toEqual([]);
    expect(ability.can('read', 'Setting')).toBe(false);
  });

  it('lets no role read customer content without a grant — admin included', () => {
    for (const role of ROLES) {
      const ability = defineAbilityFor({ id: 'x', roles: [role], grants: [] });
      for (const kind of CONTENT_KINDS) {
        expect(ability.can('read', subject(CONTENT_SUBJECT[kind], { settingId: SETTING }) as never), `${role} ${kind}`).toBe(false);
      }
    }
  });

  it('opens only the granted kinds of the granted setting to a developer holding a grant', () => {
    const ability = defineAbilityFor({ id: 'x', roles: ['developer'], grants: [{ id: 'g', settingId: SETTING, scopes: ['children'] }] });
    expect(ability.can('read', subject('Child', { settingId: SETTING }) as never)).toBe(true);
    expect(ability.can('read', subject('Child', { settingId: OTHER }) as never)).toBe(false);
    expect(ability.can('read', subject('Observation', { settingId: SETTING }) as never)).toBe(false);
    expect(ability.can('update', subject('Child', { settingId: SETTING }) as never)).toBe(false);
  });

  it('never opens content through a grant to someone who is not a developer', () => {
    const ability = defineAbilityFor({ id: 'x', roles: ['support'], grants: [{ id: 'g', settingId: SETTING, scopes: ['children'] }] });
    expect(ability.can('read', subject('Child', { settingId: SETTING }) as never)).toBe(false);
  });

  it('shows colleagues only the public staff fields', () => {
    const ability = defineAbilityFor({ id: 'x', roles: ['support'], grants: [] });
    expect(ability.can('read', 'Staff', 'name')).toBe(true);
    expect(ability.can('read', 'Staff', 'email')).toBe(false);
    expect(defineAbilityFor({ id: 'x', roles: ['admin'], grants: [] }).can('read', 'Staff', 'email')).toBe(true);
  });
});
