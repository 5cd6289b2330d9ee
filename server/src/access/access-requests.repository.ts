import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { preparedQuery } from '../database/prepared-statements.js';
import type { ContentKind } from '../policy/abilities.js';
import { AccessRequest, ConsentToken, type AccessStatus } from './access-request.entity.js';

/** A live grant (active, started, unexpired, its case not resolved) as the policy needs it, with the case it is for. */
export interface ActiveGrantRow {
  id: string;
  settingId: string;
  caseId: string;
  scopes: ContentKind[];
}

/** Each status as of `:statusNow`, the same way `effectiveStatus` computes it. */
const WAITING_LAPSED = "r.status IN ('pending','awaiting_consent') AND r.respond_by <= :statusNow";
const GRANT_LAPSED = "r.status = 'active' AND r.expires_at <= :statusNow";
const STATUS_AS_OF: Record<AccessStatus, string> = {
  pending: "r.status = 'pending' AND r.respond_by > :statusNow",
  awaiting_consent: "r.status = 'awaiting_consent' AND r.respond_by > :statusNow",
  active: "r.status = 'active' AND r.expires_at > :statusNow",
  expired: `r.status = 'expired' OR (${WAITING_LAPSED}) OR (${GRANT_LAPSED})`,
  denied: "r.status = 'denied'",
  revoked: "r.status = 'revoked'",
  ended: "r.status = 'ended'",
};
const OPEN_AS_OF = "((r.status IN ('pending','awaiting_consent') AND r.respond_by > :now) OR (r.status = 'active' AND r.expires_at > :now))";
const LAPSED_AS_OF = "((r.status IN ('pending','awaiting_consent') AND r.respond_by <= :now) OR (r.status = 'active' AND r.expires_at <= :now))";

/** Access requests (which become the grants) and their consent links. */
@Injectable()
export class AccessRequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private visible(me: Principal, manager: EntityManager): SelectQueryBuilder<AccessRequest> {
    return policyScoped(manager, AccessRequest, me, 'read', 'AccessRequest');
  }

  /** The requests the caller may read, in the given statuses as of `now` (none given: any). */
  list(me: Principal, query: ListQuery, spec: ListSpec, statuses: AccessStatus[] | undefined, now: Date): Promise<ListResult<AccessRequest>> {
    const qb = this.visible(me, this.db.manager);
    if (statuses?.length === 0) qb.andWhere('FALSE');
    else if (statuses) qb.andWhere(new Brackets((w) => statuses.forEach((s) => w.orWhere(`(${STATUS_AS_OF[s]})`, { statusNow: now }))));
    return runListQuery(qb, query, spec);
  }

  /** One request the caller may read, or null; `lock` holds it for the rest of the transaction. */
  findVisible(me: Principal, id: string, manager: EntityManager = this.db.manager, lock = false): Promise<AccessRequest | null> {
    const qb = this.visible(me, manager).andWhere('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  byId(id: string, manager: EntityManager = this.db.manager): Promise<AccessRequest> {
    return manager.findOneByOrFail(AccessRequest, { id });
  }

  byIds(ids: string[], manager: EntityManager = this.db.manager): Promise<AccessRequest[]> {
    return ids.length ? manager.findBy(AccessRequest, { id: In(ids) }) : Promise.resolve([]);
  }

  /** The requester's request for this case that is still waiting or live as of `now`, if any. */
  findOpen(requesterId: string, caseId: string, now: Date, m: EntityManager): Promise<AccessRequest | null> {
    return m.getRepository(AccessRequest).createQueryBuilder('r')
      .where('r.requester_id = :requesterId AND r.case_id = :caseId', { requesterId, caseId })
      .andWhere(OPEN_AS_OF, { now })
      .getOne();
  }

  add(row: Partial<AccessRequest>, m: EntityManager): Promise<AccessRequest> {
    return m.save(m.create(AccessRequest, row));
  }

  async change(id: string, changes: Partial<AccessRequest>, m: EntityManager): Promise<void> {
    await m.update(AccessRequest, { id }, changes as never);
  }

  /** A case's requests in these stored statuses, locked. */
  lockForCase(caseId: string, statuses: AccessStatus[], m: EntityManager): Promise<AccessRequest[]> {
    return m.getRepository(AccessRequest).createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.case_id = :caseId AND r.status IN (:...statuses)', { caseId, statuses })
      .getMany();
  }

  /** Up to `limit` requests whose wait or grant has lapsed by `now`, locked, skipping any another sweep holds. */
  lockLapsed(now: Date, limit: number, m: EntityManager, settingIds?: string[]): Promise<AccessRequest[]> {
    const qb = m.getRepository(AccessRequest).createQueryBuilder('r')
      .setLock('pessimistic_write').setOnLocked('skip_locked')
      .where(LAPSED_AS_OF, { now });
    if (settingIds) qb.andWhere('r.setting_id = ANY(:settingIds)', { settingIds });
    return qb.orderBy('r.created_at').limit(limit).getMany();
  }

  /** Live grants ending in (now, soon]. */
  endingBetween(now: Date, soon: Date, m: EntityManager, onlyIds?: string[], settingIds?: string[]): Promise<AccessRequest[]> {
    const qb = m.getRepository(AccessRequest).createQueryBuilder('r')
      .where("r.status = 'active' AND r.expires_at > :now AND r.expires_at <= :soon", { now, soon });
    if (onlyIds) qb.andWhere('r.id = ANY(:onlyIds)', { onlyIds });
    if (settingIds) qb.andWhere('r.setting_id = ANY(:settingIds)', { settingIds });
    return qb.orderBy('r.expires_at').getMany();
  }

  /**
   * A developer's live grants as of `now`: active, started, not expired, and their case not resolved. Asked on every
   * request such a developer makes, so it is one prepared statement.
   */
  async liveGrantsOf(staffId: string, now: Date): Promise<ActiveGrantRow[]> {
    const rows = await preparedQuery<{ id: string; setting_id: string; case_id: string; scopes: ContentKind[] }>(this.db,
      `SELECT r.id, r.setting_id, r.case_id, r.scopes FROM access_requests r JOIN cases c ON c.id = r.case_id AND c.status <> 'resolved'
        WHERE r.requester_id = $1 AND r.status = 'active' AND r.starts_at <= $2 AND r.expires_at > $2`,
      [staffId, now],
    );
    return rows.map((r) => ({ id: r.id, settingId: r.setting_id, caseId: r.case_id, scopes: r.scopes }));
  }

  /** Ends every live grant of a developer now; returns the ended grants' ids and settings. */
  async endActiveOf(staffId: string, now: Date, m: EntityManager): Promise<{ id: string; settingId: string }[]> {
    const [rows]: [{ id: string; setting_id: string }[], number] = await m.query(
      `UPDATE access_requests SET status = 'ended', ended_at = $2, end_reason = 'credentials_reset', respond_by = NULL, updated_at = $2
        WHERE requester_id = $1 AND status = 'active' AND expires_at > $2
        RETURNING id, setting_id`,
      [staffId, now],
    );
    return rows.map((r) => ({ id: r.id, settingId: r.setting_id }));
  }

  /** The case and justification of each of these grants, for the report of who read what and why. */
  async reasonsOf(ids: string[]): Promise<Map<string, { caseId: string; justification: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.getRepository(AccessRequest).find({ where: { id: In(ids) }, select: { id: true, caseId: true, justification: true } });
    return new Map(rows.map((r) => [r.id, { caseId: r.caseId, justification: r.justification }]));
  }

  // Consent links.

  addConsentToken(row: Omit<ConsentToken, 'id' | 'usedAt'>, m: EntityManager): Promise<unknown> {
    return m.insert(ConsentToken, row);
  }

  findConsentToken(tokenHash: string, m: EntityManager, lock: boolean): Promise<ConsentToken | null> {
    const qb = m.getRepository(ConsentToken).createQueryBuilder('t').where('t.token_hash = :tokenHash', { tokenHash });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The request behind a consent link (the DPO has no principal: the link itself is the authority). */
  forConsent(id: string, m: EntityManager, lock: boolean): Promise<AccessRequest> {
    const qb = m.getRepository(AccessRequest).createQueryBuilder('r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOneOrFail();
  }

  async spendConsentToken(id: string, now: Date, m: EntityManager): Promise<void> {
    await m.update(ConsentToken, { id }, { usedAt: now });
  }
}
