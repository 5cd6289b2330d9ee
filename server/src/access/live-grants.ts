import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { LiveGrant } from '../policy/abilities.js';
import { GrantSource } from '../policy/grant-source.js';
import { AccessNotifications } from './access-notifications.js';
import { AccessRequestsRepository } from './access-requests.repository.js';
import { InvestigationsService } from './investigations.service.js';

/**
 * A developer's live grants, asked on every request: approved and started, not yet expired by the clock, and its
 * case not resolved. Nothing here waits for a sweep, so a grant closes the instant its time is up.
 */
@Injectable()
export class LiveGrants extends GrantSource {
  constructor(
    private readonly requests: AccessRequestsRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly investigations: InvestigationsService,
    private readonly notify: AccessNotifications,
  ) {
    super();
  }

  async liveGrantsFor(staffId: string, now: Date): Promise<LiveGrant[]> {
    const live = await this.requests.liveGrantsOf(staffId, now);
    return live.map((g) => ({ id: g.id, settingId: g.settingId, scopes: g.scopes }));
  }

  async endAllFor(staffId: string, reason: string, m: EntityManager): Promise<number> {
    const ended = await this.requests.endActiveOf(staffId, this.clock.now(), m);
    for (const row of ended) {
      await this.audit.record({
        actorId: null, action: 'access.ended', subjectType: 'AccessRequest', subjectId: row.id, settingId: row.settingId, grantId: row.id,
        detail: { reason: 'credentials_reset', cause: reason, was: 'active' },
      }, m);
      await this.investigations.scheduleDeletion(row.id, 'grant_revoked', m);
    }
    for (const grant of await this.requests.byIds(ended.map((r) => r.id), m)) await this.notify.ended(grant, 'credentials_reset', true, m);
    return ended.length;
  }
}
