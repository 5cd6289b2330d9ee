import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { performance } from 'node:perf_hooks';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { Clock } from '../common/clock.js';
import { AuditEvent, AuditSeal } from './audit-event.entity.js';

export interface AuditInput {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  settingId?: string | null;
  grantId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditVerdict {
  ok: boolean;
  /** Events in the intact chain up to where verification stopped (those before the checkpoint included). */
  sealed: number;
  unsealed: number;
  /** Events this run recomputed (all of them, or those after the checkpoint). */
  verified: number;
  from?: { position: string; events: number };
  checkpoint?: string;
  seconds?: number;
  brokenAt?: { position: string; eventId: string; reason: string };
}

export interface VerifyOptions {
  /** Start from the last stored checkpoint instead of the first event. */
  fromCheckpoint?: boolean;
  /** Store a checkpoint at the end of an intact chain. */
  checkpoint?: boolean;
}

interface VerifyRow {
  position: string; event_id: string; prev_hash: string; hash: string; id: string | null; seq: string; at: Date;
  actor_id: string | null; action: string; subject_type: string; subject_id: string | null; setting_id: string | null;
  grant_id: string | null; ip: string | null; detail: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);
const SEAL_LOCK = 7_301_001; // advisory lock key: one sealer at a time across every replica
const SEAL_BATCH = 2000;
const VERIFY_BATCH = 5000;
const GROUP_MAX = 500; // events in one grouped insert
const SEAL_LOOKBACK = 10_000; // events behind the last sealed one that a pass re-examines
const FULL_SWEEP_MS = 10 * 60_000;

/** The hash of one event in the chain: it covers every stored field and the hash before it. */
export function chainHash(prevHash: string, e: AuditEvent): string {
  const canonical = stringify({
    id: e.id,
    seq: String(e.seq),
    at: new Date(e.at).toISOString(),
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    settingId: e.settingId,
    grantId: e.grantId,
    ip: e.ip,
    detail: e.detail,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical ?? '').digest('hex');
}

/**
 * The append-only audit log. Writers only insert (inside the caller's transaction), so concurrent writers never queue
 * behind one another; a sealer then chains committed events in the order it finds them.
 */
@Injectable()
export class AuditService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditService.name);
  private timer?: NodeJS.Timeout;
  private sealing?: Promise<number>;
  private nudged = false;
  private lastFullSweep = 0;
  private waiting: { input: AuditInput; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private flushing = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sealSoon(), 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sealing?.catch(() => 0);
  }

  /** Records an event; pass the transaction's manager so the event commits (or not) with the change it describes. */
  async record(input: AuditInput, manager: EntityManager = this.db.manager): Promise<void> {
    await this.recordMany([input], manager);
  }

  async recordMany(inputs: AuditInput[], manager: EntityManager = this.db.manager): Promise<void> {
    if (inputs.length === 0) return;
    const at = this.clock.now();
    await manager.insert(
      AuditEvent,
      inputs.map((i) => ({
        at,
        actorId: i.actorId,
        action: i.action,
        subjectType: i.subjectType,
        subjectId: i.subjectId ?? null,
        settingId: i.settingId ?? null,
        grantId: i.grantId ?? null,
        ip: i.ip ?? null,
        detail: (i.detail ?? {}) as never,
      })),
    );
    this.nudged = true;
  }

  /**
   * Records an event on its own (not inside a caller's transaction) and resolves once it is committed. Concurrent
   * callers share one multi-row insert and one commit: the first goes at once, those arriving meanwhile go next.
   */
  recordCommitted(input: AuditInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, GROUP_MAX);
      try {
        await this.recordMany(batch.map((w) => w.input));
        for (const w of batch) w.resolve();
      } catch (e) {
        for (const w of batch) w.reject(e);
      }
    }
    this.flushing = false;
  }

  private sealSoon(): void {
    if (!this.nudged || this.sealing) return;
    this.nudged = false;
    void this.seal().catch((e) => this.logger.error(`sealing the audit log failed: ${String(e)}`));
  }

  /** Chains every committed, unsealed event; returns how many it sealed. */
  seal(): Promise<number> {
    this.sealing ??= this.sealAll().finally(() => (this.sealing = undefined));
    return this.sealing;
  }

  private async sealAll(): Promise<number> {
    // Look only a little behind the last sealed event (transactions are short), with a full sweep now and then for
    // any straggler: so a pass costs the same at a thousand events or a million.
    const full = Date.now() - this.lastFullSweep > FULL_SWEEP_MS;
    let after = full ? '0' : await this.db.transaction(async (m) => {
      const [row] = await m.query(
        `SELECT e.seq FROM audit_seals s JOIN audit_events e ON e.id = s.event_id ORDER BY s.position DESC LIMIT 1`,
      );
      return row ? String(Math.max(0, Number(row.seq) - SEAL_LOOKBACK)) : '0';
    });
    if (full) this.lastFullSweep = Date.now();
    let total = 0;
    for (;;) {
      const batch = await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEAL_LOCK]);
        if (!locked) return null;
        const pending: AuditEvent[] = await m
          .createQueryBuilder(AuditEvent, 'e')
          .where('e.seq > :after', { after })
          .andWhere('NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)')
          .orderBy('e.seq', 'ASC')
          .limit(SEAL_BATCH)
          .getMany();
        if (pending.length === 0) return null;
        const last = await m.createQueryBuilder(AuditSeal, 's').orderBy('s.position', 'DESC').limit(1).getOne();
        let prev = last?.hash ?? GENESIS;
        const seals = pending.map((e) => {
          const hash = chainHash(prev, e);
          const seal = { eventId: e.id, prevHash: prev, hash };
          prev = hash;
          return seal;
        });
        await m.insert(AuditSeal, seals);
        return { sealed: seals.length, lastSeq: pending[pending.length - 1]!.seq };
      });
      if (!batch) return total;
      total += batch.sealed;
      after = batch.lastSeq;
      if (batch.sealed < SEAL_BATCH) return total;
    }
  }

  /**
   * Walks the chain through a server-side cursor (constant memory, one consistent snapshot), from the start or, with
   * `fromCheckpoint`, from the last checkpoint a verification stored; an edited, removed or reordered event breaks it.
   * With `checkpoint`, an intact chain stores a new checkpoint at its end so the next run can start there.
   */
  async verify(options: VerifyOptions = {}): Promise<AuditVerdict> {
    const started = performance.now();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      let prev = GENESIS;
      let after = '0';
      let sealed = 0;
      let from: AuditVerdict['from'];
      if (options.fromCheckpoint) {
        const [cp] = await runner.query(
          `SELECT c.position, c.hash, c.events, s.hash AS sealed_hash
             FROM audit_checkpoints c LEFT JOIN audit_seals s ON s.position = c.position ORDER BY c.id DESC LIMIT 1`,
        );
        if (cp && cp.sealed_hash !== cp.hash) {
          return { ok: false, sealed: 0, unsealed: 0, verified: 0, brokenAt: { position: String(cp.position), eventId: '', reason: 'the checkpoint no longer matches the chain' } };
        }
        if (cp) {
          prev = cp.hash;
          after = String(cp.position);
          sealed = Number(cp.events);
          from = { position: after, events: sealed };
        }
      }
      const base = sealed;
      await runner.query(
        `DECLARE audit_verify NO SCROLL CURSOR FOR
           SELECT s.position, s.event_id, s.prev_hash, s.hash, e.id, e.seq, e.at, e.actor_id, e.action, e.subject_type,
                  e.subject_id, e.setting_id, e.grant_id, e.ip, e.detail
             FROM audit_seals s LEFT JOIN audit_events e ON e.id = s.event_id
            WHERE s.position > $1 ORDER BY s.position`,
        [after],
      );
      let position = after;
      for (;;) {
        const rows: VerifyRow[] = await runner.query(`FETCH ${VERIFY_BATCH} FROM audit_verify`);
        if (rows.length === 0) break;
        for (const row of rows) {
          const broken = (reason: string): AuditVerdict => ({
            ok: false, sealed, unsealed: 0, verified: sealed - base, from,
            brokenAt: { position: String(row.position), eventId: row.event_id, reason },
          });
          if (!row.id) return broken('the event is missing');
          if (row.prev_hash !== prev) return broken('the chain link to the previous event does not match');
          const event = {
            id: row.id, seq: row.seq, at: row.at, actorId: row.actor_id, action: row.action, subjectType: row.subject_type,
            subjectId: row.subject_id, settingId: row.setting_id, grantId: row.grant_id, ip: row.ip, detail: row.detail,
          } as AuditEvent;
          if (chainHash(prev, event) !== row.hash) return broken('the event was changed after it was sealed');
          prev = row.hash;
          position = String(row.position);
          sealed++;
        }
      }
      await runner.query('CLOSE audit_verify');
      const [{ count }] = await runner.query(
        'SELECT count(*)::int AS count FROM audit_events e WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)',
      );
      await runner.commitTransaction();
      let checkpoint: string | undefined;
      if (options.checkpoint && position !== '0' && position !== after) {
        await this.db.query('INSERT INTO audit_checkpoints (position, hash, events) VALUES ($1, $2, $3)', [position, prev, sealed]);
        checkpoint = position;
      }
      const seconds = (performance.now() - started) / 1000;
      return { ok: true, sealed, unsealed: count, verified: sealed - base, from, checkpoint, seconds };
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /** The seals of the given events, for showing hash and prevHash beside them. */
  async sealsFor(eventIds: string[]): Promise<Map<string, AuditSeal>> {
    if (eventIds.length === 0) return new Map();
    const seals = await this.db.getRepository(AuditSeal).findBy({ eventId: In(eventIds) });
    return new Map(seals.map((s) => [s.eventId, s]));
  }
}
