// GET /api/settings?range=[0,24] with 10 000 settings: p50/p95 through the product, beside the same query on pg.
// Run after `npm run build:server`: `npm run bench:settings`.
import pg from 'pg';
import { cli, freshDatabase, http, login, pgLoop, startServer } from './lib.mjs';

const SETTINGS = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 10;

const url = await freshDatabase('custodian_bench_settings');
cli(url, 'migrate');
cli(url, 'staff:create', '--email', 'bench@bench.test', '--name', 'Bench Support', '--role', 'support', '--password', 'Bench-Harbour-2026');
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(`INSERT INTO settings (name, kind, postcode, contact_email, subscription_status, consent_policy)
  SELECT 'Setting ' || lpad(i::text, 5, '0'), 'nursery', 'CB1 1AA', 'office' || i || '@bench.test', 'active', 'contract'
  FROM generate_series(1, ${SETTINGS}) i`);
await client.query('ANALYZE settings');
await client.end();

const server = await startServer(url, 3901);
try {
  const token = await login(server.base, 'bench@bench.test', 'Bench-Harbour-2026');
  const path = `/api/settings?range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["name","ASC"]')}`;
  await http(server.base + path, token, CONNECTIONS, 2); // warm-up
  const api = await http(server.base + path, token, CONNECTIONS, SECONDS);
  const direct = await pgLoop(url, CONNECTIONS, SECONDS, async (pool) => {
    await pool.query('SELECT * FROM settings ORDER BY name ASC NULLS LAST, id ASC LIMIT 25 OFFSET 0');
    await pool.query('SELECT count(*) FROM settings');
  });
  console.log(`GET /api/settings?range=[0,24] with ${SETTINGS} settings, ${CONNECTIONS} connections, ${SECONDS}s each`);
  console.log(`  through the API (session check, policy, list, count): p50 ${api.p50} ms  p95 ${api.p95} ms  p99 ${api.p99} ms  ${api.perSecond} req/s  (${api.non2xx} non-2xx)`);
  console.log(`  the same page + count directly on pg:                  p50 ${direct.p50} ms  p95 ${direct.p95} ms  p99 ${direct.p99} ms  ${direct.perSecond} req/s`);
} finally {
  await server.stop();
}
