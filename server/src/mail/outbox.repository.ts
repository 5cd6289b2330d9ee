import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { OutboxMessage, type OutboxStatus } from './outbox.entity.js';

export type NewOutboxMessage = Pick<OutboxMessage, 'idempotencyKey' | 'kind' | 'to' | 'subject' | 'body' | 'sensitive' | 'status' | 'attempts' | 'incidentId' | 'settingId'>;

const INSERT_CHUNK = 1000;

/** The outbox table: every email the product has sent or is about to. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts the messages whose idempotency key is new; returns the ids of those inserted. */
  async insertNew(rows: NewOutboxMessage[], manager: EntityManager = this.db.manager): Promise<string[]> {
    const ids: string[] = [];
    // Chunks keep each statement under Postgres' parameter limit, so one update can reach thousands of settings.
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const { raw } = await manager.createQueryBuilder().insert().into(OutboxMessage)
        .values(rows.slice(i, i + INSERT_CHUNK)).orIgnore().returning(['id']).execute();
      ids.push(...(raw as { id: string }[]).map((r) => r.id));
    }
    return ids;
  }

  findByKeys(keys: string[], manager: EntityManager = this.db.manager): Promise<OutboxMessage[]> {
    return manager.getRepository(OutboxMessage).createQueryBuilder('o').where('o.idempotencyKey = ANY(:keys)', { keys }).getMany();
  }

  /** The message, locked until the transaction ends; null when missing or locked by another worker right now. */
  lockForDelivery(id: string, manager: EntityManager): Promise<OutboxMessage | null> {
    return manager.getRepository(OutboxMessage).createQueryBuilder('o')
      .setLock('pessimistic_write').setOnLocked('skip_locked').where('o.id = :id', { id }).getOne();
  }

  async recordAttempt(id: string, changes: Partial<Pick<OutboxMessage, 'attempts' | 'status' | 'sentAt' | 'lastError' | 'body'>>, manager: EntityManager): Promise<void> {
    await manager.update(OutboxMessage, { id }, changes);
  }

  /** A page of the messages the principal may read, with only the fields the policy lets them see. */
  list(me: Principal, query: ListQuery, spec: ListSpec): Promise<ListResult<OutboxMessage>> {
    return runListQuery(policyScoped(this.db.manager, OutboxMessage, me, 'read', 'Outbox', 'o'), query, spec);
  }

  findFor(me: Principal, id: string): Promise<OutboxMessage | null> {
    return policyScoped(this.db.manager, OutboxMessage, me, 'read', 'Outbox', 'o').andWhere('o.id = :id', { id }).getOne();
  }

  /** How an incident's emails stand, by kind and status. */
  async countsByIncident(incidentId: string): Promise<{ kind: string; status: OutboxStatus; n: number }[]> {
    return this.db.query(
      'SELECT kind, status, count(*)::int AS n FROM outbox WHERE incident_id = $1 GROUP BY kind, status ORDER BY kind, status', [incidentId]);
  }
}
