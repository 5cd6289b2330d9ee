import type { EntityManager } from 'typeorm';
import type { LiveGrant } from './abilities.js';

/** Where the policy learns a developer's live grants from; the access module provides the real one. */
export abstract class GrantSource {
  abstract liveGrantsFor(staffId: string, now: Date): Promise<LiveGrant[]>;
  /** Ends every live grant of this person at once (their credentials were reset); returns how many ended. */
  abstract endAllFor(staffId: string, reason: string, m: EntityManager): Promise<number>;
}
