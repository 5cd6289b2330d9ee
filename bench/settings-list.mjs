// GET /api/settings?range=[0,24] sorted by name at 10,000 and 100,000 settings: the product (and, with BENCH_BASE,
// the build it is compared with) beside a bare node:http + pg server running the same page and count queries on the
// same rows with the same number of connections. Goal: p97.5 within 2x of the bare server, throughput within 2.5x.
// Run after `npm run build:server`: `npm run bench:settings` (BENCH_SIZES=10000,100000 BENCH_SECONDS=10).
import { fork } from 'node:child_process';
import pg from 'pg';
import { BASE, cliIn, freePort, freshDatabase, http, interleaved, login, startServer } from './lib.mjs';

const SIZES = (process.env.BENCH_SIZES || '10000,100000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 10;
const POOL = CONNECTIONS; // the same database connections for every server
const PASSWORD = 'Bench-Harbour-2026';
const PATH = `?range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["name","ASC"]')}`;

/** A database migrated by the given build, with one support login and `n` settings made by generate_series. */
async function dataset(name, root, n) {
  const url = await freshDatabase(name);
  cliIn(root, url, 'migrate');
  cliIn(root, url, 'staff:create', '--email', 'bench@bench.test', '--name', 'Bench Support', '--role', 'support', '--password', PASSWORD);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(`INSERT INTO settings (name, kind, postcode, contact_email, subscription_status, consent_policy)
    SELECT 'Setting ' || lpad(i::text, 6, '0'), 'nursery', 'CB1 1AA', 'office' || i || '@bench.test', 'active', 'contract'
    FROM generate_series(1, ${n}) i`);
  await db.query('VACUUM ANALYZE settings');
  await db.end();
  return url;
}

function startBare(url, port) {
  const child = fork(new URL('./bare-server.mjs', import.meta.url), { env: { ...process.env, DATABASE_URL: url, PORT: String(port), POOL: String(POOL) } });
  return new Promise((resolve) => child.once('message', () => resolve({ base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') })));
}

const row = (label, r) => `  ${label.padEnd(34)} p50 ${String(r.p50).padStart(6)} ms  p97.5 ${String(r.p975).padStart(6)} ms  ${String(r.perSecond).padStart(6)} req/s${r.non2xx ? `  (${r.non2xx} non-2xx!)` : ''}`;
const ratios = (label, r, bare) => `  ${label.padEnd(34)} p97.5 x${(r.p975 / bare.p975).toFixed(2)} of bare (goal <= 2)   throughput x${(bare.perSecond / r.perSecond).toFixed(2)} below bare (goal <= 2.5)`;

const results = [];
for (const n of SIZES) {
  const builds = [{ label: 'this build', root: '.', port: 0 }, ...(BASE ? [{ label: `base (${BASE})`, root: BASE, port: 0 }] : [])];
  for (const b of builds) b.url = await dataset(`custodian_bench_settings_${b.root === '.' ? 'now' : 'base'}`, b.root, n);
  const bare = await startBare(builds[0].url, await freePort());
  const servers = [];
  try {
    for (const b of builds) {
      const server = await startServer(b.url, b.port, { DB_POOL_SIZE: String(POOL) }, b.root);
      servers.push(server);
      b.server = server;
      b.token = await login(server.base, 'bench@bench.test', PASSWORD);
    }
    // Warm every server, then measure them one after the other in the same run.
    await http(`${bare.base}/settings${PATH}`, 'none', CONNECTIONS, 2);
    for (const b of builds) await http(`${b.server.base}/api/settings${PATH}`, b.token, CONNECTIONS, 2);
    const [bareRun, ...measured] = await interleaved([
      (sec) => http(`${bare.base}/settings${PATH}`, 'none', CONNECTIONS, sec),
      ...builds.map((b) => (sec) => http(`${b.server.base}/api/settings${PATH}`, b.token, CONNECTIONS, sec)),
    ], SECONDS);
    results.push({ n, bareRun, runs: builds.map((b, i) => ({ label: b.label, r: measured[i] })) });
  } finally {
    for (const s of servers) await s.stop();
    bare.stop();
  }
}

console.log(`GET /api/settings?range=[0,24] sorted by name, ${CONNECTIONS} connections, pool ${POOL}, ${SECONDS}s per contender in alternating slices`);
for (const { n, bareRun, runs } of results) {
  console.log(`${n.toLocaleString('en-GB')} settings`);
  console.log(row('bare node:http + pg', bareRun));
  for (const { label, r } of runs) console.log(row(label, r));
  for (const { label, r } of runs) console.log(ratios(label, r, bareRun));
}
