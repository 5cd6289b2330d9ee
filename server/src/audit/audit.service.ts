import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { Transactions } from '../database/transactions.js';
import { AuditEvent, AuditSeal } from './audit-event.entity.js';
import { AuditRepository, type SealHashes } from './audit.repository.js';

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

/** What the audit log lists by: sort, filters, search and the time range. */
export const AUDIT_LIST: ListSpec = {
  sortable: ['at', 'action', 'subjectType'],
  filters: { actorId: 'uuid', action: 'text', subjectType: 'text', subjectId: 'text', settingId: 'uuid', grantId: 'uuid' },
  search: ['action', 'subjectType', 'subjectId'],
  defaultSort: ['at', 'DESC'],
  tiebreaker: 'seq',
  ranges: { at: 'date' },
};

const GENESIS = '0'.repeat(64);
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
    private readonly events: AuditRepository,
    private readonly tx: Transactions,
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
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    await this.recordMany([input], manager);
  }

  async recordMany(inputs: AuditInput[], manager?: EntityManager): Promise<void> {
    if (inputs.length === 0) return;
    const at = this.clock.now();
    await this.events.insertEvents(
      inputs.map((i) => ({
        at,
        actorId: i.actorId,
        action: i.action,
        subjectType: i.subjectType,
        subjectId: i.subjectId ?? null,
        settingId: i.settingId ?? null,
        grantId: i.grantId ?? null,
        ip: i.ip ?? null,
        detail: i.detail ?? {},
      })),
      manager,
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
    let after = full ? '0' : await this.tx.run(async (m) => {
      const seq = await this.events.lastSealedSeq(m);
      return seq ? String(Math.max(0, Number(seq) - SEAL_LOOKBACK)) : '0';
    });
    if (full) this.lastFullSweep = Date.now();
    let total = 0;
    for (;;) {
      const batch = await this.tx.run(async (m) => {
        if (!(await this.events.trySealLock(m))) return null;
        const pending = await this.events.unsealedAfter(after, SEAL_BATCH, m);
        if (pending.length === 0) return null;
        const last = await this.events.lastSeal(m);
        let prev = last?.hash ?? GENESIS;
        const seals = pending.map((e) => {
          const hash = chainHash(prev, e);
          const seal = { eventId: e.id, prevHash: prev, hash };
          prev = hash;
          return seal;
        });
        await this.events.insertSeals(seals, m);
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
    const walked = await this.events.inSnapshot(async (snapshot) => {
      let prev = GENESIS;
      let after = '0';
      let sealed = 0;
      let from: AuditVerdict['from'];
      if (options.fromCheckpoint) {
        const cp = await snapshot.lastCheckpoint();
        if (cp && cp.sealedHash !== cp.hash) {
          return { verdict: { ok: false, sealed: 0, unsealed: 0, verified: 0, brokenAt: { position: cp.position, eventId: '', reason: 'the checkpoint no longer matches the chain' } } };
        }
        if (cp) {
          prev = cp.hash;
          after = cp.position;
          sealed = cp.events;
          from = { position: after, events: sealed };
        }
      }
      const base = sealed;
      let position = after;
      for await (const rows of snapshot.chainAfter(after, VERIFY_BATCH)) {
        for (const row of rows) {
          const broken = (reason: string): { verdict: AuditVerdict } => ({ verdict: {
            ok: false, sealed, unsealed: 0, verified: sealed - base, from,
            brokenAt: { position: String(row.position), eventId: row.event_id, reason },
          } });
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
      const unsealed = await snapshot.unsealedCount();
      return { intact: { prev, after, position, sealed, base, from, unsealed } };
    });
    if ('verdict' in walked) return walked.verdict;
    const { prev, after, position, sealed, base, from, unsealed } = walked.intact;
    let checkpoint: string | undefined;
    if (options.checkpoint && position !== '0' && position !== after) {
      await this.events.storeCheckpoint(position, prev, sealed);
      checkpoint = position;
    }
    const seconds = (performance.now() - started) / 1000;
    return { ok: true, sealed, unsealed, verified: sealed - base, from, checkpoint, seconds };
  }

  /** The events a principal may read, as the audit log lists them. */
  list(me: Principal, params: ListParams): Promise<ListResult<AuditEvent & SealHashes>> {
    return this.events.list(me, parseListQuery(params, AUDIT_LIST), AUDIT_LIST);
  }

  /** One event a principal may read; a 404 otherwise. */
  async get(me: Principal, id: string): Promise<AuditEvent> {
    const event = await this.events.findOne(me, id);
    if (!event) throw CommonError.notFound('audit event');
    return event;
  }

  /** The seals of the given events, for showing hash and prevHash beside them. */
  async sealsFor(eventIds: string[]): Promise<Map<string, AuditSeal>> {
    const seals = await this.events.sealsFor(eventIds);
    return new Map(seals.map((s) => [s.eventId, s]));
  }
}
