import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LiveGrant } from '../policy/abilities.js';
import { GrantSource } from '../policy/grant-source.js';

/**
 * A developer's live grants, asked on every request: approved and started, not yet expired by the clock, and its
 * case not resolved. Nothing here waits for a sweep, so a grant closes the instant its time is up.
 */
@Injectable()
export class LiveGrants extends GrantSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {
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
}
