import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { LiveGrant } from '../policy/abilities.js';
import { GrantSource } from '../policy/grant-source.js';
import { AccessNotifications } from './access-notifications.js';
import { AccessRequest } from './access-request.entity.js';
import { InvestigationsService } from './investigations.service.js';

/**
 * A developer's live grants, asked on every request: approved and started, not yet expired by the clock, and its
 * case not resolved. Nothing here waits for a sweep, so a grant closes the instant its time is up.
 */
@Injectable()
export class LiveGrants extends GrantSource {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly investigations: InvestigationsService,
    private readonly notify: AccessNotifications,
  ) {
    super();
  }

  async liveGrantsFor(staffId: string, now: Date): Promise<LiveGrant[]> {
    const rows: { id: string; setting_id: string; scopes: LiveGrant['scopes'] }[] = await this.db.query(
      `SELECT r.id, r.setting_id, r.scopes
         FROM access_requests r JOIN cases c ON c.id = r.case_id
        WHERE r.requester_id = $1 AND r.status = 'active' AND r.starts_at <= $2 AND r.expires_at > $2
          AND c.status <> 'resolved'`,
      [staffId, now],
    );
    return rows.map((r) => ({ id: r.id, settingId: r.setting_id, scopes: r.scopes }));
  }

  async endAllFor(staffId: string, reason: string, m: EntityManager): Promise<number> {
    const now = this.clock.now();
    const [rows]: [{ id: string; setting_id: string }[], number] = await m.query(
      `UPDATE access_requests SET status = 'ended', ended_at = $2, end_reason = 'credentials_reset', respond_by = NULL, updated_at = $2
        WHERE requester_id = $1 AND status = 'active' AND expires_at > $2
        RETURNING id, setting_id`,
      [staffId, now],
    );
    for (const row of rows) {
      await this.audit.record({
        actorId: null, action: 'access.ended', subjectType: 'AccessRequest', subjectId: row.id, settingId: row.setting_id, grantId: row.id,
        detail: { reason: 'credentials_reset', cause: reason, was: 'active' },
      }, m);
      await this.investigations.scheduleDeletion(row.id, 'grant_revoked', m);
    }
    if (rows.length) {
      for (const grant of await m.findBy(AccessRequest, { id: In(rows.map((r) => r.id)) })) await this.notify.ended(grant, 'credentials_reset', true, m);
    }
    return rows.length;
  }
}
