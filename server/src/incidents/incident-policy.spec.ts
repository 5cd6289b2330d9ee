import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { defineAbilityFor, type Role } from '../policy/abilities.js';

const as = (role: Role) => defineAbilityFor({ id: 'x', roles: [role], grants: [] });
const contact = (kind: string) => subject('IncidentContact', { kind }) as never;

describe('the incident policy', () => {
  it('lets support and IT managers declare, change and resolve incidents, and nobody else', () => {
    for (const role of ['support', 'it_manager'] as const) {
      for (const action of ['create', 'update', 'resolve'] as const) expect(as(role).can(action, 'Incident'), `${role} ${action}`).toBe(true);
    }
    for (const role of ['developer', 'smt', 'admin'] as const) {
      for (const action of ['create', 'update', 'resolve', 'decide', 'publish'] as const) expect(as(role).can(action, 'Incident'), `${role} ${action}`).toBe(false);
    }
  });

  it('leaves the decision on functionality and the portal message to IT managers', () => {
    expect(as('it_manager').can('decide', 'Incident')).toBe(true);
    expect(as('it_manager').can('publish', 'Incident')).toBe(true);
    expect(as('support').can('decide', 'Incident')).toBe(false);
    expect(as('support').can('publish', 'Incident')).toBe(false);
  });

  it('lets only support send written confirmations from the product', () => {
    expect(as('support').can('contact', 'Incident')).toBe(true);
    for (const role of ['developer', 'admin', 'it_manager', 'smt'] as const) expect(as(role).can('contact', 'Incident'), role).toBe(false);
  });

  it('lets SMT and developers read incidents, and keeps admins out of them', () => {
    expect(as('smt').can('read', 'Incident')).toBe(true);
    expect(as('developer').can('read', 'Incident')).toBe(true);
    expect(as('admin').can('read', 'Incident')).toBe(false);
  });

  it('gives telephone updates and written confirmations to support, and the day-3 contact to SMT', () => {
    expect(as('support').can('create', contact('telephone_update'))).toBe(true);
    expect(as('support').can('create', contact('written_confirmation'))).toBe(true);
    expect(as('support').can('create', contact('smt_contact'))).toBe(false);
    expect(as('smt').can('create', contact('smt_contact'))).toBe(true);
    expect(as('smt').can('create', contact('telephone_update'))).toBe(false);
    for (const role of ['developer', 'admin', 'it_manager'] as const) {
      for (const kind of ['telephone_update', 'written_confirmation', 'smt_contact']) expect(as(role).can('create', contact(kind)), `${role} ${kind}`).toBe(false);
    }
  });
});
