import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from './abilities.js';

export const POLICY_KEY = 'custodian:policy';

export type PolicyDeclaration =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'can'; action: Action; subject: SubjectName };

/** No session needed (login, health, the customer's consent link, the public status page). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies PolicyDeclaration);

/** Any signed-in member of staff (their own profile, sign-out). */
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies PolicyDeclaration);

/** The caller's ability must allow this action on this subject type; the service then checks the record. */
export const Can = (action: Action, subject: SubjectName) =>
  SetMetadata(POLICY_KEY, { kind: 'can', action, subject } satisfies PolicyDeclaration);
