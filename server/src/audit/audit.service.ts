import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
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
  sealed: number;
  unsealed: number;
  brokenAt?: { position: string; eventId: string; reason: string };
}

const GENESIS = '0'.repeat(64);
const SEAL_LOCK = 7_301_001; // advisory lock key: one sealer at a time across every replica
const SEAL_BATCH = 2000;

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
    let total = 0;
    for (;;) {
      const n = await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEAL_LOCK]);
        if (!locked) return 0;
        const pending: AuditEvent[] = await m
          .createQueryBuilder(AuditEvent, 'e')
          .where('NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)')
          .orderBy('e.seq', 'ASC')
          .limit(SEAL_BATCH)
          .getMany();
        if (pending.length === 0) return 0;
        const last = await m.createQueryBuilder(AuditSeal, 's').orderBy('s.position', 'DESC').limit(1).getOne();
        let prev = last?.hash ?? GENESIS;
        const seals = pending.map((e) => {
          const hash = chainHash(prev, e);
          const seal = { eventId: e.id, prevHash: prev, hash };
          prev = hash;
          return seal;
        });
        await m.insert(AuditSeal, seals);
        return seals.length;
      });
      total += n;
      if (n < SEAL_BATCH) return total;
    }
  }

  /** Walks the chain from the start; an edited, removed or reordered event breaks it. */
  async verify(): Promise<AuditVerdict> {
    let prev = GENESIS;
    let sealed = 0;
    let after = '0';
    for (;;) {
      const rows: { position: string; event_id: string; prev_hash: string; hash: string; found: boolean }[] =
        await this.db.query(
          `SELECT s.position, s.event_id, s.prev_hash, s.hash, e.id IS NOT NULL AS found
             FROM audit_seals s LEFT JOIN audit_events e ON e.id = s.event_id
            WHERE s.position > $1 ORDER BY s.position LIMIT 5000`,
          [after],
        );
      if (rows.length === 0) break;
      const events = await this.events.findBy({ id: In(rows.filter((r) => r.found).map((r) => r.event_id)) });
      const byId = new Map(events.map((e) => [e.id, e]));
      for (const row of rows) {
        const broken = (reason: string): AuditVerdict => ({
          ok: false,
          sealed,
          unsealed: 0,
          brokenAt: { position: row.position, eventId: row.event_id, reason },
        });
        const event = byId.get(row.event_id);
        if (!event) return broken('the event is missing');
        if (row.prev_hash !== prev) return broken('the chain link to the previous event does not match');
        if (chainHash(prev, event) !== row.hash) return broken('the event was changed after it was sealed');
        prev = row.hash;
        sealed++;
      }
      after = rows[rows.length - 1]!.position;
    }
    const [{ count }] = await this.db.query(
      'SELECT count(*)::int AS count FROM audit_events e WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)',
    );
    return { ok: true, sealed, unsealed: count };
  }

  /** The seals of the given events, for showing hash and prevHash beside them. */
  async sealsFor(eventIds: string[]): Promise<Map<string, AuditSeal>> {
    if (eventIds.length === 0) return new Map();
    const seals = await this.db.getRepository(AuditSeal).findBy({ eventId: In(eventIds) });
    return new Map(seals.map((s) => [s.eventId, s]));
  }
}
