import { describe, expect, it } from 'vitest';
import { separationProblem } from '../staff/staff.service.js';
import { changesOf, heldFields } from './setting-changes.service.js';
import type { Setting } from './setting.entity.js';

const setting = (extra: Partial<Setting>) => ({ consentPolicy: 'per_request', dpoEmail: 'dpo@setting.test', ...extra }) as Setting;

describe('which setting changes wait for the DPO', () => {
  it('holds loosened consent and a moved or cleared DPO address', () => {
    expect(heldFields(setting({}), { consentPolicy: 'contract' })).toEqual(['consentPolicy']);
    expect(heldFields(setting({}), { dpoEmail: 'me@staff.test' })).toEqual(['dpoEmail']);
    expect(heldFields(setting({}), { dpoEmail: null })).toEqual(['dpoEmail']);
    expect(heldFields(setting({}), { consentPolicy: 'contract', dpoEmail: 'x@y.z' })).toEqual(['consentPolicy', 'dpoEmail']);
  });

  it('applies tightening, a first DPO address, an unchanged value and everything else at once', () => {
    expect(heldFields(setting({ consentPolicy: 'contract' }), { consentPolicy: 'per_request' })).toEqual([]);
    expect(heldFields(setting({ consentPolicy: 'contract' }), { consentPolicy: 'contract' })).toEqual([]);
    expect(heldFields(setting({ dpoEmail: null }), { dpoEmail: 'first@setting.test' })).toEqual([]);
    expect(heldFields(setting({}), { dpoEmail: 'DPO@setting.test' })).toEqual([]);
    expect(heldFields(setting({}), { name: 'New name', contactPhone: '01223 000000' })).toEqual([]);
  });

  it('audits each field as before and after', () => {
    expect(changesOf({ consentPolicy: 'per_request' }, { consentPolicy: 'contract', dpoEmail: 'a@b.c' })).toEqual({
      consentPolicy: { before: 'per_request', after: 'contract' }, dpoEmail: { before: null, after: 'a@b.c' },
    });
  });
});

describe('separation of duties', () => {
  it('keeps admin apart from developer and it_manager, and nothing else', () => {
    expect(separationProblem(['admin', 'developer'])).toMatch(/developer/);
    expect(separationProblem(['it_manager', 'admin'])).toMatch(/it_manager/);
    expect(separationProblem(['admin', 'support', 'smt'])).toBeNull();
    expect(separationProblem(['developer', 'it_manager'])).toBeNull();
  });
});
