import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { defineAbilityFor, type LiveGrant, type Role } from '../policy/abilities.js';

const ME = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const SETTING = '00000000-0000-4000-8000-0000000000aa';
const GRANT: LiveGrant = { id: '00000000-0000-4000-8000-000000000101', settingId: SETTING, scopes: ['children'] };
const ability = (roles: Role[], grants: LiveGrant[] = []) => defineAbilityFor({ id: ME, roles, grants });
const request = (requesterId: string) => subject('AccessRequest', { requesterId, settingId: SETTING }) as never;
const copy = (ownerId: string, requestId: string) => subject('Investigation', { ownerId, requestId }) as never;

describe('the access rules of the policy', () => {
  it('lets an IT manager approve anyone\u2019s request but their own, even holding the developer role too', () => {
    for (const roles of [['it_manager'], ['developer', 'it_manager'], ['it_manager', 'developer']] as Role[][]) {
      const a = ability(roles);
      expect(a.can('approve', request(OTHER)), roles.join('+')).toBe(true);
      expect(a.can('approve', request(ME)), roles.join('+')).toBe(false);
    }
  });

  it('lets a developer see and revoke only their own requests, and decide none', () => {
    const a = ability(['developer']);
    expect(a.can('read', request(ME))).toBe(true);
    expect(a.can('read', request(OTHER))).toBe(false);
    expect(a.can('revoke', request(ME))).toBe(true);
    expect(a.can('revoke', request(OTHER))).toBe(false);
    expect(a.can('approve', request(OTHER))).toBe(false);
  });

  it('lets SMT read every request and copy record, and change nothing', () => {
    const a = ability(['smt']);
    expect(a.can('read', request(OTHER))).toBe(true);
    expect(a.can('read', copy(OTHER, GRANT.id))).toBe(true);
    for (const action of ['create', 'approve', 'revoke'] as const) expect(a.can(action, 'AccessRequest'), action).toBe(false);
    expect(a.can('investigate', copy(OTHER, GRANT.id))).toBe(false);
  });

  it('opens a copy\u2019s rows to its developer only under the live grant it was made under', () => {
    expect(ability(['developer'], [GRANT]).can('investigate', copy(ME, GRANT.id))).toBe(true);
    expect(ability(['developer'], []).can('investigate', copy(ME, GRANT.id))).toBe(false);
    expect(ability(['developer'], [GRANT]).can('investigate', copy(OTHER, GRANT.id))).toBe(false);
    expect(ability(['it_manager'], []).can('investigate', copy(OTHER, GRANT.id))).toBe(false);
  });

  it('gives admin and support nothing of developer access', () => {
    for (const role of ['admin', 'support'] as const) {
      const a = ability([role]);
      for (const subjectName of ['AccessRequest', 'Investigation'] as const) expect(a.can('read', subjectName), `${role} ${subjectName}`).toBe(false);
    }
  });
});
