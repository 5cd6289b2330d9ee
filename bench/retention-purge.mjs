// Purge throughput: a setting with 50 000 observations (and its children, parents and media), ended 200 days ago,
// purged by the retention service in its batches (RETENTION_BATCH_ROWS, default 5 000), in the compiled application.
// Run after `npm run build:server`: `npm run bench:purge`.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { largeSetting, SIZES } from './content-fixture.mjs';

const { AppModule } = await import('../dist/server/src/app.module.js');
const { loadConfig } = await import('../dist/server/src/config/config.js');
const { SystemClock } = await import('../dist/server/src/common/clock.js');
const { RetentionService } = await import('../dist/server/src/retention/retention.service.js');

const { url, settingId, rows } = await largeSetting('custodian_bench_purge', 200);
const config = { ...loadConfig({ ...process.env, DATABASE_URL: url, NODE_ENV: 'development' }), logLevel: 'warn' };
const app = await NestFactory.createApplicationContext(
  AppModule.forRoot({ config, databaseUrl: url, clock: new SystemClock(), worker: false }), { logger: ['error', 'warn'] });
const retention = app.get(RetentionService);

const started = process.hrtime.bigint();
const purged = await retention.purge(settingId);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const db = new pg.Client({ connectionString: url });
await db.connect();
const left = {};
for (const kind of Object.keys(SIZES)) left[kind] = Number((await db.query(`SELECT count(*) FROM ${kind} WHERE setting_id = $1`, [settingId])).rows[0].count);
const { rows: [state] } = await db.query('SELECT subscription_status, purged_at FROM settings WHERE id = $1', [settingId]);
await db.end();
await app.close();

console.log(JSON.stringify({
  bench: 'retention purge', batchRows: config.retentionBatchRows, rows, sizes: SIZES, purged, status: state.subscription_status, left,
  seconds: +seconds.toFixed(2), rowsPerSecond: Math.round(rows / seconds), observationsPerSecond: Math.round(SIZES.observations / seconds),
}, null, 2));
if (!purged || Object.values(left).some((n) => n > 0)) process.exit(1);
