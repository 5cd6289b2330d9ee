import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg, { type Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../config/config.js';
import type { JobPayloads, JobTask } from './job-payloads.js';

export interface JobOptions {
  /** When to run it; default now. */
  runAt?: Date;
  /** At most one pending job per key: adding again replaces it (or, with `preserveRunAt`, keeps its time). */
  jobKey?: string;
  maxAttempts?: number;
}

const DEFAULT_MAX_ATTEMPTS = 25;
const ADD_CHUNK = 1000;

/**
 * The job queue's SQL: jobs added through graphile-worker's functions in the caller's transaction, and the queue's
 * own small connection pool, so the worker's long-lived LISTEN connection never starves the API's.
 */
@Injectable()
export class JobsRepository {
  private readonly logger = new Logger(JobsRepository.name);
  readonly pool: Pool;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.pool = new pg.Pool({ connectionString: this.url, max: 5 });
    this.pool.on('error', (e) => this.logger.warn(`job queue connection error: ${e.message}`));
    this.pool.on('connect', (client) => client.on('error', (e) => this.logger.warn(`job queue client error: ${e.message}`)));
  }

  /** The database the queue lives in, for connections of the worker's own. */
  get url(): string | undefined {
    return (this.db.options as { url?: string }).url;
  }

  get schema(): string {
    return this.config.jobSchema;
  }

  async add<K extends JobTask>(task: K, payload: JobPayloads[K], options: JobOptions = {}, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `SELECT ${this.schema}.add_job($1, $2::json, run_at := $3, job_key := $4, max_attempts := $5)`,
      [task, JSON.stringify(payload), options.runAt ?? null, options.jobKey ?? null, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS],
    );
  }

  /** Many jobs of one task, a thousand to a statement, so a fan-out of thousands stays a few round trips. */
  async addMany<K extends JobTask>(task: K, jobs: { payload: JobPayloads[K]; options?: JobOptions }[], manager: EntityManager = this.db.manager): Promise<void> {
    for (let i = 0; i < jobs.length; i += ADD_CHUNK) {
      const specs = jobs.slice(i, i + ADD_CHUNK).map(({ payload, options = {} }) => ({
        identifier: task,
        payload,
        run_at: options.runAt?.toISOString() ?? null,
        job_key: options.jobKey ?? null,
        max_attempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      }));
      await manager.query(
        `SELECT 1 FROM ${this.schema}.add_jobs(array(SELECT json_populate_recordset(null::${this.schema}.job_spec, $1::json)))`,
        [JSON.stringify(specs)],
      );
    }
  }

  /** Removes the pending jobs with these keys, in the caller's transaction. */
  async remove(jobKeys: string[], manager: EntityManager = this.db.manager): Promise<void> {
    if (jobKeys.length === 0) return;
    await manager.query(`SELECT ${this.schema}.remove_job(k) FROM unnest($1::text[]) AS k`, [jobKeys]);
  }

  /** Worker pools holding locks older than the grace period whose liveness connection (`prefix` + pool id) is gone. */
  async deadWorkerPools(graceSeconds: number, prefix: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ locked_by: string }>(
      `SELECT DISTINCT j.locked_by FROM ${this.schema}._private_jobs j
        WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = $2 || j.locked_by)`,
      [graceSeconds, prefix],
    );
    return rows.map((r) => r.locked_by);
  }

  /** Hands the jobs these worker pools had locked back to the queue. */
  async unlockWorkers(workerIds: string[]): Promise<void> {
    await this.pool.query(`SELECT ${this.schema}.force_unlock_workers($1::text[])`, [workerIds]);
  }

  async end(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
