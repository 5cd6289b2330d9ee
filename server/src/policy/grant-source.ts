import type { LiveGrant } from './abilities.js';

/** Where the policy learns a developer's live grants from; the access module provides the real one. */
export abstract class GrantSource {
  abstract liveGrantsFor(staffId: string, now: Date): Promise<LiveGrant[]>;
}
