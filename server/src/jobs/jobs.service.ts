import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Logger as WorkerLogger, parseCronItems, run, runMigrations, runOnce, type CronItem, type Runner, type Task, type WorkerEvents } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../config/config.js';
import type { JobPayloads, JobTask, ScheduledTask } from './job-payloads.js';
import { JobsRepository, type JobOptions } from './jobs.repository.js';

export type { JobOptions } from './jobs.repository.js';

/** Whether this process runs the job worker (the server does; the CLI only enqueues). */
export const RUN_WORKER = Symbol('RUN_WORKER');

/** A worker pool names itself on a connection of its own; while that connection lives, so does the pool. */
const LIVENESS_PREFIX = 'custodian-worker ';
/** Locks younger than this are never taken back: a new pool may not have named itself yet. */
const DEAD_LOCK_GRACE_SECONDS = 10;

/**
 * Durable work on a Postgres job queue (graphile-worker). Jobs are added with SQL inside the caller's transaction,
 * so a job exists exactly when the change that caused it committed; every replica runs a worker (SKIP LOCKED).
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly tasks: Record<string, Task> = {};
  private readonly cron: CronItem[] = [];
  private runner?: Runner;
  private readonly events: WorkerEvents = new EventEmitter() as WorkerEvents;
  private readonly liveness: pg.Client[] = [];
  private reaper?: NodeJS.Timeout;
  private restart?: NodeJS.Timeout;
  private restartDelay = 1000;
  private stopping = false;

  constructor(
    private readonly repository: JobsRepository,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(RUN_WORKER) private readonly runWorker: boolean,
  ) {}

  private get pool() {
    return this.repository.pool;
  }

  /** Registers the handler for a task; call from a module's constructor or onModuleInit. */
  register<K extends JobTask>(task: K, handler: (payload: JobPayloads[K]) => Promise<void>): void {
    this.tasks[task] = (payload) => handler(payload as JobPayloads[K]);
  }

  /** Runs a task on a schedule (crontab syntax, UTC), at most once per slot across every replica. */
  schedule(task: ScheduledTask, pattern: string): void {
    this.cron.push({ task, match: pattern, options: { backfillPeriod: 0, maxAttempts: 3 } });
  }

  async onModuleInit(): Promise<void> {
    await runMigrations({ pgPool: this.pool, schema: this.config.jobSchema, logger: this.quietLogger() });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runWorker) return;
    this.events.on('pool:create', ({ workerPool }) => void this.announce(workerPool.id));
    await this.startRunner();
    const reap = () => void this.releaseDeadLocks().catch((e) => this.logger.warn(`releasing dead workers' jobs failed: ${String(e)}`));
    reap();
    this.reaper = setInterval(reap, 5000);
    this.reaper.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.reaper);
    clearTimeout(this.restart);
    await this.runner?.stop().catch(() => undefined);
    await this.endLiveness();
    await this.repository.end();
  }

  private async startRunner(): Promise<void> {
    const runner = await run({
      pgPool: this.pool,
      schema: this.config.jobSchema,
      taskList: this.tasks,
      parsedCronItems: parseCronItems(this.cron),
      concurrency: 4,
      pollInterval: 1000,
      noHandleSignals: true,
      logger: this.quietLogger(),
      events: this.events,
    });
    this.runner = runner;
    this.restartDelay = 1000;
    runner.promise.then(() => this.runnerEnded(), (e) => this.runnerEnded(e));
  }

  /**
   * graphile-worker stops its pool when any schema in the database is freshly migrated (its NOTIFY names no schema),
   * so a worker that ends while the application is still up is started again, with backoff.
   */
  private runnerEnded(error?: unknown): void {
    if (this.stopping) return;
    if (process.exitCode === 57) process.exitCode = undefined; // graphile-worker's "please exit"; we restart instead
    this.logger.warn(`the job worker stopped${error ? ` (${String(error)})` : ''}; starting it again`);
    void this.endLiveness();
    const retry = () => {
      if (this.stopping) return;
      this.startRunner().catch((e) => {
        this.logger.error(`the job worker could not start again: ${String(e)}`);
        this.restartDelay = Math.min(this.restartDelay * 2, 60_000);
        this.restart = setTimeout(retry, this.restartDelay);
      });
    };
    this.restart = setTimeout(retry, this.restartDelay);
  }

  private async endLiveness(): Promise<void> {
    const clients = this.liveness.splice(0);
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }

  private async announce(poolId: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.repository.url, application_name: `${LIVENESS_PREFIX}${poolId}` });
    client.on('error', (e) => this.logger.warn(`job worker liveness connection error: ${e.message}`));
    await client.connect();
    if (this.stopping) await client.end();
    else this.liveness.push(client);
  }

  /**
   * Takes back the jobs of worker pools whose process died (a crash, a kill -9): no live connection names them.
   * graphile-worker on its own leaves such jobs locked for four hours; their handlers must be safe to re-run
   * (the mail worker never re-sends a message it has marked sent).
   */
  async releaseDeadLocks(): Promise<string[]> {
    const dead = await this.repository.deadWorkerPools(DEAD_LOCK_GRACE_SECONDS, LIVENESS_PREFIX);
    if (dead.length === 0) return [];
    await this.repository.unlockWorkers(dead);
    this.logger.warn(`released the jobs of ${dead.length} worker pool(s) that are gone: ${dead.join(', ')}`);
    return dead;
  }

  /** Adds a job in the caller's transaction (or on its own when no manager is given). */
  add<K extends JobTask>(task: K, payload: JobPayloads[K], options: JobOptions = {}, manager?: EntityManager): Promise<void> {
    return this.repository.add(task, payload, options, manager);
  }

  /** Adds many jobs of one task in the caller's transaction. */
  addMany<K extends JobTask>(task: K, jobs: { payload: JobPayloads[K]; options?: JobOptions }[], manager?: EntityManager): Promise<void> {
    return this.repository.addMany(task, jobs, manager);
  }

  /** Removes pending jobs by key, in the caller's transaction. */
  remove(jobKeys: string[], manager?: EntityManager): Promise<void> {
    return this.repository.remove(jobKeys, manager);
  }

  /**
   * Runs every job that is due now, to completion; for tests and the CLI. graphile-worker acknowledges a finished job
   * without awaiting it, so on its own `runOnce` can return before the job is removed; batching the acknowledgements
   * (with no delay) makes the pool flush them before it ends.
   */
  async drain(): Promise<void> {
    await runOnce({
      pgPool: this.pool,
      schema: this.config.jobSchema,
      taskList: this.tasks,
      logger: this.quietLogger(),
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
  }

  /** graphile-worker's log: errors and warnings are worth seeing, the rest is noise. */
  private quietLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message) => {
      if (level === 'error') this.logger.error(message);
      else if (level === 'warning') this.logger.warn(message);
    });
  }
}
