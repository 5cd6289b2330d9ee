// The audit log at 1,000,000 events (BENCH_EVENTS): `audit:verify` sealing and verifying them with its rate, then
// GET /api/audit-events with each filter the UI offers (none, setting, actor, action, a week's date range), beside the
// same page and count queries run directly on pg; with BENCH_BASE, the build it is compared with too (no date-range
// filter there). Goal: p97.5 within 3x of pg for every filter.
// Run after `npm run build:server`: `npm run bench:audit` (BENCH_SECONDS=6 per filter).
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { BASE, cliIn, freshDatabase, http, interleaved, login, pgLoop, startServer } from './lib.mjs';

const EVENTS = Number(process.env.BENCH_EVENTS || 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS || 6);
const CONNECTIONS = 10;
const PASSWORD = 'Bench-Harbour-2026';
const ACTOR = '00000000-0000-0000-0000-000000000007';
const SETTING = '00000000-0000-0000-0001-000000000042';
const CAP = 10_000;

const FILTERS = [
  { name: 'no filter', filter: {}, where: 'TRUE', params: [] },
  { name: 'setting', filter: { settingId: SETTING }, where: 'setting_id = $1', params: [SETTING] },
  { name: 'actor', filter: { actorId: ACTOR }, where: 'actor_id = $1', params: [ACTOR] },
  { name: 'action', filter: { action: 'action.13' }, where: 'action = $1', params: ['action.13'] },
  { name: 'date range (one week)', filter: { at_gte: '2025-01-15T00:00:00Z', at_lte: '2025-01-21T23:59:59Z' }, where: 'at >= $1 AND at <= $2', params: ['2025-01-15T00:00:00Z', '2025-01-21T23:59:59Z'], since: 'now' },
];

async function dataset(root) {
  const url = await freshDatabase(`custodian_bench_audit_${root === '.' ? 'now' : 'base'}`);
  cliIn(root, url, 'migrate');
  cliIn(root, url, 'staff:create', '--email', 'bench@bench.test', '--name', 'Bench SMT', '--role', 'smt', '--password', PASSWORD);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  // A year of events: 200 actors, 1,000 settings, 40 actions, one every 31 seconds.
  await db.query(`INSERT INTO audit_events (at, actor_id, action, subject_type, subject_id, setting_id, detail)
    SELECT timestamptz '2025-01-01' + i * interval '31 seconds',
           ('00000000-0000-0000-0000-' || lpad((i % 200)::text, 12, '0'))::uuid,
           'action.' || (i % 40), 'Setting', i::text,
           ('00000000-0000-0000-0001-' || lpad((i % 1000)::text, 12, '0'))::uuid,
           jsonb_build_object('n', i)
      FROM generate_series(1, ${EVENTS}) i`);
  await db.query('VACUUM ANALYZE audit_events');
  await db.end();
  return url;
}

/** audit:verify as an operator runs it; returns its stdout and stderr lines and the wall time. */
function verify(root, url, ...flags) {
  const started = Date.now();
  const r = spawnSync('node', [`${root}/dist/server/src/cli/main.js`, 'audit:verify', ...flags], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' } });
  return { out: `${r.stdout.trim()} ${r.stderr.trim()}`.trim(), seconds: (Date.now() - started) / 1000 };
}

const builds = [{ label: 'this build', root: '.' }, ...(BASE ? [{ label: `base (${BASE})`, root: BASE }] : [])];
for (const b of builds) {
  b.url = await dataset(b.root);
  // The first run seals every event (the chain) and verifies; the second verifies again, from a checkpoint where supported.
  b.first = verify(b.root, b.url, ...(b.root === '.' ? ['--checkpoint'] : []));
  b.again = b.root === '.' ? verify(b.root, b.url, '--from-checkpoint') : null;
  b.server = await startServer(b.url, 0, { DB_POOL_SIZE: String(CONNECTIONS) }, b.root);
  b.token = await login(b.server.base, 'bench@bench.test', PASSWORD);
}

const row = (label, r) => `    ${label.padEnd(24)} p50 ${String(r.p50).padStart(7)} ms  p97.5 ${String(r.p975).padStart(7)} ms  ${String(r.perSecond).padStart(5)} req/s${r.non2xx ? `  (${r.non2xx} non-2xx!)` : ''}`;
const lines = [];
const ratios = [];
try {
  for (const f of FILTERS) {
    const qs = `?filter=${encodeURIComponent(JSON.stringify(f.filter))}&range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["at","DESC"]')}`;
    const contenders = builds.filter((b) => b.root === '.' || !f.since);
    for (const b of contenders) await http(`${b.server.base}/api/audit-events${qs}`, b.token, CONNECTIONS, 1); // warm-up
    const [direct, ...api] = await interleaved([
      (sec) => pgLoop(builds[0].url, CONNECTIONS, sec, async (pool) => {
        await Promise.all([
          pool.query(`SELECT * FROM audit_events WHERE ${f.where} ORDER BY at DESC, seq DESC LIMIT 25`, f.params),
          pool.query(`SELECT count(*) FROM (SELECT 1 FROM audit_events WHERE ${f.where} LIMIT ${CAP + 1}) capped`, f.params),
        ]);
      }),
      ...contenders.map((b) => (sec) => http(`${b.server.base}/api/audit-events${qs}`, b.token, CONNECTIONS, sec)),
    ], SECONDS);
    const total = (await fetch(`${builds[0].server.base}/api/audit-events${qs}`, { headers: { authorization: `Bearer ${builds[0].token}` } })).headers.get('content-range');
    lines.push(`  ${f.name} (Content-Range ${total})`, row('page + count on pg', direct));
    contenders.forEach((b, i) => {
      lines.push(row(b.label, api[i]));
      ratios.push(`  ${f.name.padEnd(24)} ${b.label.padEnd(28)} p97.5 x${(api[i].p975 / direct.p975).toFixed(2)} of pg (goal <= 3)`);
    });
  }
} finally {
  for (const b of builds) await b.server.stop();
}
console.log(`Audit log at ${EVENTS.toLocaleString('en-GB')} events, ${CONNECTIONS} connections, ${SECONDS}s per contender per filter in alternating slices`);
for (const b of builds) {
  console.log(`  ${b.label}: audit:verify (sealing first) took ${b.first.seconds.toFixed(1)} s: ${b.first.out.replace(/\n/g, ' | ')}`);
  if (b.again) console.log(`  ${b.label}: audit:verify --from-checkpoint took ${b.again.seconds.toFixed(1)} s: ${b.again.out.replace(/\n/g, ' | ')}`);
}
console.log('GET /api/audit-events?range=[0,24], newest first');
for (const l of lines) console.log(l);
console.log('Ratios');
for (const r of ratios) console.log(r);
