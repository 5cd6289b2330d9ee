import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Logger as WorkerLogger, parseCronItems, run, runMigrations, runOnce, type CronItem, type Runner, type Task, type WorkerEvents } from 'graphile-worker';
import { EventEmitter } from 'node:events';
import pg, { type Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../config/config.js';

export interface JobOptions {
  /** When to run it; default now. */
  runAt?: Date;
  /** At most one pending job per key: adding again replaces it (or, with `preserveRunAt`, keeps its time). */
  jobKey?: string;
  maxAttempts?: number;
}

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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(RUN_WORKER) private readonly runWorker: boolean,
  ) {
    const options = this.db.options as { url?: string };
    this.pool = new pg.Pool({ connectionString: options.url, max: 5 });
    this.pool.on('error', (e) => this.logger.warn(`job queue connection error: ${e.message}`));
    this.pool.on('connect', (client) => client.on('error', (e) => this.logger.warn(`job queue client error: ${e.message}`)));
  }

  /** The queue's own small pool, so the worker's long-lived LISTEN connection never starves the API's. */
  private readonly pool: Pool;

  /** Registers the handler for a task; call from a module's constructor or onModuleInit. */
  register<P>(task: string, handler: (payload: P) => Promise<void>): void {
    this.tasks[task] = (payload) => handler(payload as P);
  }

  /** Runs a task on a schedule (crontab syntax, UTC), at most once per slot across every replica. */
  schedule(task: string, pattern: string): void {
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
    await this.pool.end().catch(() => undefined);
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
    const options = this.db.options as { url?: string };
    const client = new pg.Client({ connectionString: options.url, application_name: `${LIVENESS_PREFIX}${poolId}` });
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
    const schema = this.config.jobSchema;
    const { rows } = await this.pool.query<{ locked_by: string }>(
      `SELECT DISTINCT j.locked_by FROM ${schema}._private_jobs j
        WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = $2 || j.locked_by)`,
      [DEAD_LOCK_GRACE_SECONDS, LIVENESS_PREFIX],
    );
    const dead = rows.map((r) => r.locked_by);
    if (dead.length === 0) return [];
    await this.pool.query(`SELECT ${schema}.force_unlock_workers($1::text[])`, [dead]);
    this.logger.warn(`released the jobs of ${dead.length} worker pool(s) that are gone: ${dead.join(', ')}`);
    return dead;
  }

  /** Adds a job in the caller's transaction (or on its own when no manager is given). */
  async add(task: string, payload: object, options: JobOptions = {}, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `SELECT ${this.config.jobSchema}.add_job($1, $2::json, run_at := $3, job_key := $4, max_attempts := $5)`,
      [task, JSON.stringify(payload), options.runAt ?? null, options.jobKey ?? null, options.maxAttempts ?? 25],
    );
  }

  /** Adds many jobs of one task in one statement, in the caller's transaction (a fan-out of thousands stays one round trip). */
  async addMany(task: string, jobs: { payload: object; options?: JobOptions }[], manager: EntityManager = this.db.manager): Promise<void> {
    for (let i = 0; i < jobs.length; i += 1000) {
      const specs = jobs.slice(i, i + 1000).map(({ payload, options = {} }) => ({
        identifier: task,
        payload,
        run_at: options.runAt?.toISOString() ?? null,
        job_key: options.jobKey ?? null,
        max_attempts: options.maxAttempts ?? 25,
      }));
      await manager.query(
        `SELECT 1 FROM ${this.config.jobSchema}.add_jobs(array(SELECT json_populate_recordset(null::${this.config.jobSchema}.job_spec, $1::json)))`,
        [JSON.stringify(specs)],
      );
    }
  }

  /** Runs every job that is due now, to completion; for tests and the CLI. */
  async drain(): Promise<void> {
    await runOnce({ pgPool: this.pool, schema: this.config.jobSchema, taskList: this.tasks, logger: this.quietLogger() });
  }

  /** graphile-worker's log: errors and warnings are worth seeing, the rest is noise. */
  private quietLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message) => {
      if (level === 'error') this.logger.error(message);
      else if (level === 'warning') this.logger.warn(message);
    });
  }
}
