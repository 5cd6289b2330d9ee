import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type QueryRunner } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { cappedCount, runPlainListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { policyScoped } from '../database/policy-scoped.js';
import { selectList } from '../database/plain-rows.js';
import { preparedQuery } from '../database/prepared-statements.js';
import { AuditEvent, AuditSeal } from './audit-event.entity.js';

/** Exact totals up to this many matching events; past it, the planner's estimate (Content-Range still a number). */
export const AUDIT_EXACT_COUNT_CAP = 10_000;

const INSERT_EVENTS = `INSERT INTO audit_events (at, actor_id, action, subject_type, subject_id, setting_id, grant_id, ip, detail)
  SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::jsonb[])`;

// In the order given: each seal's position follows the one before it in the chain.
const INSERT_SEALS = `INSERT INTO audit_seals (event_id, prev_hash, hash)
  SELECT event_id, prev_hash, hash FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS s(event_id, prev_hash, hash, n) ORDER BY n`;

const SEAL_LOCK = 7_301_001; // advisory lock key: one sealer at a time across every replica

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'seq'>;

/** An event's place in the chain as a list shows it: its seal's hashes, null while it is not yet sealed. */
export interface SealHashes {
  hash: string | null;
  prevHash: string | null;
}

/** One row of the chain as verification reads it: the seal and the event it covers (null when the event is gone). */
export interface ChainRow {
  position: string; event_id: string; prev_hash: string; hash: string; id: string | null; seq: string; at: Date;
  actor_id: string | null; action: string; subject_type: string; subject_id: string | null; setting_id: string | null;
  grant_id: string | null; ip: string | null; detail: Record<string, unknown>;
}

export interface ChainCheckpoint {
  position: string;
  hash: string;
  events: number;
  /** The hash the chain holds at that position now; null when the position is gone. */
  sealedHash: string | null;
}

/** Reads of one consistent, read-only snapshot of the chain, for verification. */
export class ChainSnapshot {
  constructor(private readonly runner: QueryRunner) {}

  async lastCheckpoint(): Promise<ChainCheckpoint | null> {
    const [cp] = await this.runner.query(
      `SELECT c.position, c.hash, c.events, s.hash AS sealed_hash
         FROM audit_checkpoints c LEFT JOIN audit_seals s ON s.position = c.position ORDER BY c.id DESC LIMIT 1`,
    );
    return cp ? { position: String(cp.position), hash: cp.hash, events: Number(cp.events), sealedHash: cp.sealed_hash ?? null } : null;
  }

  /** Walks the seals after `after` in chain order through a server-side cursor, `batch` rows at a time (constant memory). */
  async *chainAfter(after: string, batch: number): AsyncGenerator<ChainRow[]> {
    await this.runner.query(
      `DECLARE audit_verify NO SCROLL CURSOR FOR
         SELECT s.position, s.event_id, s.prev_hash, s.hash, e.id, e.seq, e.at, e.actor_id, e.action, e.subject_type,
                e.subject_id, e.setting_id, e.grant_id, e.ip, e.detail
           FROM audit_seals s LEFT JOIN audit_events e ON e.id = s.event_id
          WHERE s.position > $1 ORDER BY s.position`,
      [after],
    );
    try {
      for (;;) {
        const rows: ChainRow[] = await this.runner.query(`FETCH ${batch} FROM audit_verify`);
        if (rows.length === 0) return;
        yield rows;
      }
    } finally {
      await this.runner.query('CLOSE audit_verify').catch(() => undefined);
    }
  }

  async unsealedCount(): Promise<number> {
    const [{ count }] = await this.runner.query(
      'SELECT count(*)::int AS count FROM audit_events e WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)',
    );
    return count;
  }
}

/** The audit log's tables: events, the seals that chain them, and verification checkpoints. */
@Injectable()
export class AuditRepository {
  private eventColumns?: ReturnType<typeof selectList>;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One multi-row insert, in the caller's transaction when given its manager. The events go as one array per column,
   * so the statement's text is the same for any number of them and, outside a transaction, runs prepared.
   */
  async insertEvents(events: NewAuditEvent[], manager?: EntityManager): Promise<void> {
    const values = [
      events.map((e) => e.at), events.map((e) => e.actorId), events.map((e) => e.action), events.map((e) => e.subjectType),
      events.map((e) => e.subjectId), events.map((e) => e.settingId), events.map((e) => e.grantId), events.map((e) => e.ip),
      events.map((e) => JSON.stringify(e.detail)),
    ];
    if (manager) await manager.query(INSERT_EVENTS, values);
    else await preparedQuery(this.db, INSERT_EVENTS, values);
  }

  /**
   * The events a principal may read, filtered, sorted and paged, each with its seal's hashes (null while unsealed) read
   * in the page query itself; the total is exact up to the cap, estimated past it.
   */
  list(me: Principal, query: ListQuery, spec: ListSpec): Promise<ListResult<AuditEvent & SealHashes>> {
    return runPlainListQuery<AuditEvent, SealHashes>(
      policyScoped(this.db.manager, AuditEvent, me, 'read', 'AuditEvent', 'e'), query, spec, cappedCount(AUDIT_EXACT_COUNT_CAP), {
        hash: { sql: (alias) => `(SELECT s.hash FROM audit_seals s WHERE s.event_id = ${alias}.id)` },
        prevHash: { sql: (alias) => `(SELECT s.prev_hash FROM audit_seals s WHERE s.event_id = ${alias}.id)` },
      });
  }

  /** One event a principal may read, or null. */
  findOne(me: Principal, id: string): Promise<AuditEvent | null> {
    return policyScoped(this.db.manager, AuditEvent, me, 'read', 'AuditEvent', 'e').andWhere('e.id = :id', { id }).getOne();
  }

  /** The seals of the given events. */
  sealsFor(eventIds: string[]): Promise<AuditSeal[]> {
    return eventIds.length === 0 ? Promise.resolve([]) : this.db.getRepository(AuditSeal).findBy({ eventId: In(eventIds) });
  }

  /** The `seq` of the event sealed last, or null when nothing is sealed yet. */
  async lastSealedSeq(manager: EntityManager = this.db.manager): Promise<string | null> {
    const [row] = await manager.query(`SELECT e.seq FROM audit_seals s JOIN audit_events e ON e.id = s.event_id ORDER BY s.position DESC LIMIT 1`);
    return row ? String(row.seq) : null;
  }

  /** Takes the sealer's lock for the transaction of `manager`; false when another sealer holds it. */
  async trySealLock(manager: EntityManager): Promise<boolean> {
    const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEAL_LOCK]);
    return locked;
  }

  /** Committed events after `afterSeq` that no seal covers yet, oldest first, as plain rows (the sealer reads thousands). */
  async unsealedAfter(afterSeq: string, limit: number, manager: EntityManager): Promise<AuditEvent[]> {
    const events = (this.eventColumns ??= selectList(this.db, AuditEvent, 'e', 'e_'));
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${events.sql} FROM audit_events e
        WHERE e.seq > $1 AND NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id) ORDER BY e.seq ASC LIMIT $2`,
      [afterSeq, limit],
    );
    return rows.map((r) => events.read(r) as AuditEvent);
  }

  lastSeal(manager: EntityManager): Promise<AuditSeal | null> {
    return manager.createQueryBuilder(AuditSeal, 's').orderBy('s.position', 'DESC').limit(1).getOne();
  }

  /** Appends seals to the chain, in the order given: one statement, one array per column. */
  async insertSeals(seals: Pick<AuditSeal, 'eventId' | 'prevHash' | 'hash'>[], manager: EntityManager): Promise<void> {
    await manager.query(INSERT_SEALS, [seals.map((s) => s.eventId), seals.map((s) => s.prevHash), seals.map((s) => s.hash)]);
  }

  /** Runs `work` on one repeatable-read, read-only snapshot of the chain. */
  async inSnapshot<T>(work: (snapshot: ChainSnapshot) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const result = await work(new ChainSnapshot(runner));
      await runner.commitTransaction();
      return result;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  async storeCheckpoint(position: string, hash: string, events: number): Promise<void> {
    await this.db.query('INSERT INTO audit_checkpoints (position, hash, events) VALUES ($1, $2, $3)', [position, hash, events]);
  }
}
