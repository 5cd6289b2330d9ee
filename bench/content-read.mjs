// A developer's content list read under a grant (session, live-grant lookup, policy, list, count and the audit write
// committed before the answer), beside the same page + count run directly on pg; with BENCH_BASE, the build it is
// compared with too, in the same run, and the floor any audited read has: a bare node:http + pg server running the same
// page and count and committing one audit event per read. Goal: the product's throughput within 3x of the bare query's.
// Run after `npm run build:server`: `npm run bench:content` (BENCH_SECONDS=10).
import { fork } from 'node:child_process';
import pg from 'pg';
import { BASE, cliIn, freePort, freshDatabase, http, interleaved, login, pgLoop, startServer, summary } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 10;
const CHILDREN = 200;
const PASSWORD = 'Quartz-Harbour-2026';
const PATH_QS = `?range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["lastName","ASC"]')}`;

/** One build's server on its own database: a setting with a roll, and one developer with a live grant per connection. */
async function prepare(label, root, port) {
  const url = await freshDatabase(`custodian_bench_content_${root === '.' ? 'now' : 'base'}`);
  cliIn(root, url, 'migrate');
  cliIn(root, url, 'staff:create', '--email', 'admin@bench.test', '--name', 'Bench Admin', '--role', 'admin', '--password', PASSWORD);
  cliIn(root, url, 'staff:create', '--email', 'it@bench.test', '--name', 'Bench IT', '--role', 'it_manager', '--password', PASSWORD);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const { rows: [setting] } = await db.query(`INSERT INTO settings (name, kind, postcode, dpo_email, contact_email, subscription_status, consent_policy)
    VALUES ('Bench Nursery', 'nursery', 'CB1 1AA', 'dpo@bench.test', 'office@bench.test', 'active', 'contract') RETURNING id`);
  const { rows: [supportCase] } = await db.query(`INSERT INTO cases (setting_id, title, description, status) VALUES ($1, 'Diary export fails', '', 'open') RETURNING id`, [setting.id]);
  await db.query(`INSERT INTO children (setting_id, first_name, last_name, date_of_birth, room, notes)
    SELECT $1, 'Child' || i, 'Family' || lpad(i::text, 4, '0'), date '2021-01-01' + (i % 900), 'Rainbows', 'Likes painting'
    FROM generate_series(1, ${CHILDREN}) i`, [setting.id]);
  await db.query('ANALYZE children');
  await db.end();
  const server = await startServer(url, port, { DB_POOL_SIZE: String(CONNECTIONS) }, root);
  const api = async (token, method, path, body) => {
    const r = await fetch(server.base + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const admin = await login(server.base, 'admin@bench.test', PASSWORD);
  const it = await login(server.base, 'it@bench.test', PASSWORD);
  const tokens = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const email = `dev${i}@bench.test`;
    await api(admin, 'POST', '/api/staff', { email, name: `Bench Developer ${i}`, roles: ['developer'], password: PASSWORD, trainingCompletedAt: new Date().toISOString() });
    const token = await login(server.base, email, PASSWORD);
    const request = await api(token, 'POST', '/api/access-requests', { settingId: setting.id, caseId: supportCase.id, justification: 'Benchmark reader', scopes: ['children'], minutes: 2880 });
    await api(it, 'POST', `/api/access-requests/${request.id}/approve`);
    tokens.push(token);
  }
  return { label, url, server, tokens, path: `/api/settings/${setting.id}/children${PATH_QS}`, settingId: setting.id };
}

/** autocannon with one developer (one session, one grant) per connection. */
async function readers(b, seconds) {
  const { default: autocannon } = await import('autocannon');
  const latencies = [];
  let non2xx = 0;
  let next = 0;
  const instance = autocannon({
    url: b.server.base + b.path, connections: CONNECTIONS, duration: seconds,
    setupClient: (client) => client.setHeaders({ authorization: `Bearer ${b.tokens[next++ % b.tokens.length]}` }),
  });
  instance.on('response', (_c, status, _b, ms) => { latencies.push(ms); if (status >= 300) non2xx++; });
  await instance;
  return { ...summary(latencies, seconds), non2xx, latencies };
}

const line = (label, r) => `  ${label.padEnd(44)} p50 ${String(r.p50).padStart(6)} ms  p97.5 ${String(r.p975).padStart(6)} ms  ${String(r.perSecond).padStart(6)} req/s${r.non2xx ? `  (${r.non2xx} non-2xx!)` : ''}`;

const builds = [await prepare('this build', '.', 0)];
if (BASE) builds.push(await prepare(`base (${BASE})`, BASE, 0));
const barePort = await freePort();
const bare = fork(new URL('./bare-server.mjs', import.meta.url), { env: { ...process.env, DATABASE_URL: builds[0].url, PORT: String(barePort), POOL: String(CONNECTIONS) } });
await new Promise((resolve) => bare.once('message', resolve));
const bareUrl = `http://127.0.0.1:${barePort}/children?setting=${builds[0].settingId}`;
try {
  await http(bareUrl, 'none', CONNECTIONS, 2);
  for (const b of builds) await readers(b, 2); // warm-up
  const [direct, ...results] = await interleaved([
    (sec) => pgLoop(builds[0].url, CONNECTIONS, sec, async (pool) => {
      await pool.query('SELECT * FROM children WHERE setting_id = $1 ORDER BY last_name ASC NULLS LAST, id ASC LIMIT 25 OFFSET 0', [builds[0].settingId]);
      await pool.query('SELECT count(*) FROM children WHERE setting_id = $1', [builds[0].settingId]);
    }),
    (sec) => http(bareUrl, 'none', CONNECTIONS, sec),
    ...builds.map((b) => (sec) => readers(b, sec)),
  ], SECONDS);
  const floor = results.shift();
  builds.forEach((b, i) => { b.result = results[i]; });
  console.log(`GET /api/settings/:id/children?range=[0,24] under a grant (${CHILDREN} children), ${CONNECTIONS} developers/connections, ${SECONDS}s per contender in alternating slices`);
  console.log(line('the same page + count directly on pg', direct));
  console.log(line('bare node:http + pg, audit event committed', floor));
  for (const b of builds) console.log(line(`${b.label} (grant check + audit write)`, b.result));
  console.log(`  ${'bare node:http + pg, audit event committed'.padEnd(44)} throughput x${(direct.perSecond / floor.perSecond).toFixed(2)} below the bare query (the floor)`);
  for (const b of builds) console.log(`  ${b.label.padEnd(44)} throughput x${(direct.perSecond / b.result.perSecond).toFixed(2)} below the bare query (goal <= 3)`);
} finally {
  bare.kill('SIGTERM');
  for (const b of builds) await b.server.stop();
}
