import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InvestigationsService } from '../access/investigations.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock, MINUTE } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { ContentPurgeRepository } from '../content/content-purge.repository.js';
import { Transactions } from '../database/transactions.js';
import { JobsService, RUN_WORKER } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { SettingRetentionRepository } from '../settings/setting-retention.repository.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import type { Setting } from '../settings/setting.entity.js';
import { purgedMail, retentionWarningMail } from './retention-mail.js';
import { RetentionRepository } from './retention.repository.js';

const SWEEP_TASK = 'retention.sweep';
const SWEEP_KEY = 'retention:sweep';
const DAY = 24 * 60 * MINUTE;
/** The DPO hears at least 30 clear days before the purge, whatever the sweep interval. */
export const WARNING_LEAD_DAYS = 31;
/** Children last: the other kinds point at them. */
export const PURGE_ORDER = ['media', 'observations', 'parents', 'children'] as const;
export type PurgeCounts = Partial<Record<(typeof PURGE_ORDER)[number], number>>;

/** Points where a durability test can stop a purge part-way, as a crash would. */
export interface PurgeFaults {
  afterBatch?: (settingId: string, kind: string, deleted: number) => void | Promise<void>;
}

/**
 * Deletes the content of a setting whose subscription ended `RETENTION_AFTER_EXPIRY_DAYS` ago, after warning its DPO.
 * Each batch commits with its count, so a purge stopped by a crash resumes where it was: nothing is deleted or
 * counted twice, and the setting is marked `purged` only when nothing is left.
 */
@Injectable()
export class RetentionService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionService.name);
  readonly faults: PurgeFaults = {};

  constructor(
    private readonly tx: Transactions,
    private readonly purges: RetentionRepository,
    private readonly settings: SettingRetentionRepository,
    private readonly settingRecords: SettingsRepository,
    private readonly content: ContentPurgeRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly investigations: InvestigationsService,
    @Inject(RUN_WORKER) private readonly runWorker: boolean,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_TASK, async () => {
      await this.scheduleSweep(this.config.retentionSweepMinutes * MINUTE);
      const { warned, purged } = await this.sweep();
      if (warned + purged > 0) this.logger.log(`retention sweep: ${warned} warning(s), ${purged} setting(s) purged`);
    });
  }

  /** At start-up the sweep runs at once; each run books the next, so the schedule survives restarts. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.runWorker) await this.scheduleSweep(0);
  }

  private scheduleSweep(inMs: number): Promise<void> {
    return this.jobs.add(SWEEP_TASK, {}, { runAt: new Date(this.clock.now().getTime() + inMs), jobKey: SWEEP_KEY, maxAttempts: 5 });
  }

  /** When a setting's content goes: the end of its subscription plus the retention period. */
  purgeDateOf(setting: Pick<Setting, 'subscriptionEndsAt'>): Date | null {
    return setting.subscriptionEndsAt ? new Date(setting.subscriptionEndsAt.getTime() + this.config.retentionAfterExpiryDays * DAY) : null;
  }

  /** Warns what is due a warning and purges what is due a purge; safe to run any time, as often as you like. */
  async sweep(scope: { settingIds?: string[] } = {}): Promise<{ warned: number; purged: number }> {
    const now = this.clock.now();
    const purgeBefore = new Date(now.getTime() - this.config.retentionAfterExpiryDays * DAY);
    const warnBefore = new Date(purgeBefore.getTime() + WARNING_LEAD_DAYS * DAY);
    const ids = scope.settingIds ?? null;
    let warned = 0;
    for (const id of await this.settings.dueWarning(warnBefore, purgeBefore, ids)) if (await this.warn(id)) warned++;
    let purged = 0;
    for (const id of await this.settings.duePurge(purgeBefore, ids)) if (await this.purge(id)) purged++;
    return { warned, purged };
  }

  /** The 30-day notice, once per subscription end date. */
  private warn(settingId: string): Promise<boolean> {
    return this.tx.run(async (m) => {
      if (!(await this.settings.claimWarning(settingId, this.clock.now(), m))) return false;
      const setting = await this.settingRecords.findByIdOrFail(settingId, m);
      const purgeAt = this.purgeDateOf(setting)!;
      const to = setting.dpoEmail ?? setting.contactEmail;
      if (to) await this.mail.enqueue([retentionWarningMail(setting, to, purgeAt)], m);
      await this.audit.record({
        actorId: null, action: 'setting.retention_warning', subjectType: 'Setting', subjectId: settingId, settingId,
        detail: { subscriptionEndsAt: setting.subscriptionEndsAt?.toISOString() ?? null, purgeAt: purgeAt.toISOString(), to },
      }, m);
      return true;
    });
  }

  /** Purges one setting whose time has come (or resumes its purge); true when this call finished it. */
  async purge(settingId: string): Promise<boolean> {
    const started = await this.tx.run(async (m) => {
      const setting = await this.settingRecords.findById(settingId, m, 'pessimistic_write');
      const purgeAt = setting && this.purgeDateOf(setting);
      if (!setting || setting.subscriptionStatus === 'purged' || !purgeAt || purgeAt > this.clock.now()) return false;
      await this.purges.start(settingId, this.clock.now(), m);
      return true;
    });
    if (!started) return false;
    await this.investigations.deleteForSetting(settingId); // anonymised copies of its content go with it
    for (const kind of PURGE_ORDER) {
      for (;;) {
        const deleted = await this.tx.run((m) => this.deleteBatch(settingId, kind, m));
        if (deleted === 0) break;
        await this.faults.afterBatch?.(settingId, kind, deleted);
      }
    }
    return this.finish(settingId);
  }

  private async deleteBatch(settingId: string, kind: (typeof PURGE_ORDER)[number], m: EntityManager): Promise<number> {
    const n = await this.content.deleteBatch(kind, settingId, this.config.retentionBatchRows, m);
    if (n > 0) await this.purges.count(settingId, kind, n, m);
    return n;
  }

  private finish(settingId: string): Promise<boolean> {
    return this.tx.run(async (m) => {
      const purge = await this.purges.lock(settingId, m);
      if (!purge || purge.finishedAt) return false;
      // A row written while the batches ran would be left behind: check, under the setting's lock, that none is.
      await this.settingRecords.findById(settingId, m, 'pessimistic_write');
      for (const kind of PURGE_ORDER) {
        while ((await this.deleteBatch(settingId, kind, m)) > 0) { /* rows that arrived late */ }
      }
      const now = this.clock.now();
      const counts: PurgeCounts = await this.purges.finish(settingId, now, m);
      const setting = await this.settings.markPurged(settingId, now, m);
      const full = Object.fromEntries(PURGE_ORDER.map((k) => [k, counts[k] ?? 0]));
      const to = setting.dpoEmail ?? setting.contactEmail;
      if (to) await this.mail.enqueue([purgedMail(setting, to, full)], m);
      await this.audit.record({
        actorId: null, action: 'setting.purged', subjectType: 'Setting', subjectId: settingId, settingId,
        detail: { counts: full, subscriptionEndsAt: setting.subscriptionEndsAt?.toISOString() ?? null },
      }, m);
      return true;
    });
  }
}
