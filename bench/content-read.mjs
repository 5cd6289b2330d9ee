// A developer's content list read under a grant (session, live-grant lookup, policy, list, count and the audit write)
// beside the same rows read directly on pg; then throughput with 1 and 50 concurrent readers, and what the audit
// chain costs writers: inserted now and sealed in order afterwards, versus a chain every writer must wait on.
// Run after `npm run build:server`: `npm run bench:content`.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { cli, freshDatabase, login, pgLoop, startServer, summary } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 10;
const READERS = 50;
const CHILDREN = 200;
const PASSWORD = 'Quartz-Harbour-2026';

const url = await freshDatabase('custodian_bench_content');
cli(url, 'migrate');
cli(url, 'staff:create', '--email', 'admin@bench.test', '--name', 'Bench Admin', '--role', 'admin', '--password', PASSWORD);
cli(url, 'staff:create', '--email', 'it@bench.test', '--name', 'Bench IT', '--role', 'it_manager', '--password', PASSWORD);

// One setting with a realistic roll, and an open case to ask access for.
const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows: [setting] } = await db.query(`INSERT INTO settings (name, kind, postcode, dpo_email, contact_email, subscription_status, consent_policy)
  VALUES ('Bench Nursery', 'nursery', 'CB1 1AA', 'dpo@bench.test', 'office@bench.test', 'active', 'contract') RETURNING id`);
const { rows: [supportCase] } = await db.query(`INSERT INTO cases (setting_id, title, description, status) VALUES ($1, 'Diary export fails', '', 'open') RETURNING id`, [setting.id]);
await db.query(`INSERT INTO children (setting_id, first_name, last_name, date_of_birth, room, notes)
  SELECT $1, 'Child' || i, 'Family' || lpad(i::text, 4, '0'), date '2021-01-01' + (i % 900), 'Rainbows', 'Likes painting'
  FROM generate_series(1, ${CHILDREN}) i`, [setting.id]);
await db.query('ANALYZE children');

const server = await startServer(url, 3902);
const api = async (token, method, path, body) => {
  const r = await fetch(server.base + path, {
    method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.json();
};

/** A developer per reader, each with their own approved grant on the setting (as many engineers on one case). */
async function developers(n) {
  const admin = await login(server.base, 'admin@bench.test', PASSWORD);
  const it = await login(server.base, 'it@bench.test', PASSWORD);
  const tokens = [];
  for (let i = 0; i < n; i++) {
    const email = `dev${i}@bench.test`;
    await api(admin, 'POST', '/api/staff', { email, name: `Bench Developer ${i}`, roles: ['developer'], password: PASSWORD, trainingCompletedAt: new Date().toISOString() });
    const token = await login(server.base, email, PASSWORD);
    const request = await api(token, 'POST', '/api/access-requests', {
      settingId: setting.id, caseId: supportCase.id, justification: 'Benchmark reader', scopes: ['children'], minutes: 2880,
    });
    await api(it, 'POST', `/api/access-requests/${request.id}/approve`);
    tokens.push(token);
  }
  return tokens;
}

/** autocannon with one developer (one session, one grant) per connection. */
async function readers(path, tokens, connections, seconds) {
  const { default: autocannon } = await import('autocannon');
  const latencies = [];
  let non2xx = 0;
  let next = 0;
  const instance = autocannon({
    url: server.base + path, connections, duration: seconds,
    setupClient: (client) => client.setHeaders({ authorization: `Bearer ${tokens[next++ % tokens.length]}` }),
  });
  instance.on('response', (_c, status, _b, ms) => { latencies.push(ms); if (status >= 300) non2xx++; });
  await instance;
  return { ...summary(latencies, seconds), non2xx };
}

const unsealed = async () => Number((await db.query(
  'SELECT count(*) AS n FROM audit_events e WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)')).rows[0].n);

const line = (label, r) => `  ${label.padEnd(58)} p50 ${String(r.p50).padStart(6)} ms  p95 ${String(r.p95).padStart(6)} ms  ${String(r.perSecond).padStart(6)} req/s${r.non2xx ? `  (${r.non2xx} non-2xx!)` : ''}`;

try {
  const tokens = await developers(READERS);
  const path = `/api/settings/${setting.id}/children?range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["lastName","ASC"]')}`;
  const eventsBefore = Number((await db.query("SELECT count(*) AS n FROM audit_events WHERE action = 'content.read'")).rows[0].n);

  await readers(path, tokens, CONNECTIONS, 2); // warm-up
  const granted = await readers(path, tokens, CONNECTIONS, SECONDS);
  const direct = await pgLoop(url, CONNECTIONS, SECONDS, async (pool) => {
    await pool.query('SELECT * FROM children WHERE setting_id = $1 ORDER BY last_name ASC NULLS LAST, id ASC LIMIT 25 OFFSET 0', [setting.id]);
    await pool.query('SELECT count(*) FROM children WHERE setting_id = $1', [setting.id]);
  });
  const one = await readers(path, tokens, 1, SECONDS);
  const fifty = await readers(path, tokens, READERS, SECONDS);
  const backlog = await unsealed();
  const sealStart = Date.now();
  while ((await unsealed()) > 0 && Date.now() - sealStart < 120_000) await new Promise((r) => setTimeout(r, 100));
  const sealMs = Date.now() - sealStart;
  const reads = Number((await db.query("SELECT count(*) AS n FROM audit_events WHERE action = 'content.read'")).rows[0].n) - eventsBefore;

  // The chain alone, on pg: insert-then-seal (this design) against a chain every writer must extend before committing.
  await db.query('CREATE TABLE bench_chain (seq bigserial PRIMARY KEY, prev_hash text NOT NULL, hash text NOT NULL, detail jsonb NOT NULL)');
  await db.query("CREATE TABLE bench_chain_head (id int PRIMARY KEY, hash text NOT NULL); INSERT INTO bench_chain_head VALUES (1, repeat('0', 64))");
  const detail = JSON.stringify({ kind: 'children', recordIds: Array.from({ length: 25 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`) });
  const insertOnly = async (pool) => {
    await pool.query(`INSERT INTO audit_events (at, action, subject_type, detail) VALUES (now(), 'bench.read', 'Child', $1)`, [detail]);
  };
  const inlineChain = async (pool) => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const { rows: [head] } = await c.query('SELECT hash FROM bench_chain_head WHERE id = 1 FOR UPDATE');
      const hash = createHash('sha256').update(head.hash).update(detail).digest('hex');
      await c.query('INSERT INTO bench_chain (prev_hash, hash, detail) VALUES ($1, $2, $3)', [head.hash, hash, detail]);
      await c.query('UPDATE bench_chain_head SET hash = $1 WHERE id = 1', [hash]);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  };
  const chainSeconds = Math.max(3, Math.round(SECONDS / 2));
  const insert1 = await pgLoop(url, 1, chainSeconds, insertOnly);
  const insert50 = await pgLoop(url, READERS, chainSeconds, insertOnly);
  const chain1 = await pgLoop(url, 1, chainSeconds, inlineChain);
  const chain50 = await pgLoop(url, READERS, chainSeconds, inlineChain);

  console.log(`GET /api/settings/:id/children?range=[0,24] under a grant (${CHILDREN} children), ${SECONDS}s per run`);
  console.log(line(`through the API, ${CONNECTIONS} developers (grant check + audit write)`, granted));
  console.log(line(`the same page + count directly on pg, ${CONNECTIONS} connections`, direct));
  console.log(line('through the API, 1 reader', one));
  console.log(line(`through the API, ${READERS} readers (one developer and grant each)`, fifty));
  console.log(`  scaling 1 -> ${READERS} readers: x${(fifty.perSecond / one.perSecond).toFixed(2)} throughput`);
  console.log(`  audit: ${reads} content.read events written; ${backlog} waiting for the sealer when the load stopped, all sealed ${sealMs} ms later`);
  console.log(`audit write alone on pg (${chainSeconds}s per run):`);
  console.log(line('insert, sealed later in order (this design), 1 writer', insert1));
  console.log(line(`insert, sealed later in order (this design), ${READERS} writers`, insert50));
  console.log(line('chain extended inside each write (writers queue), 1 writer', chain1));
  console.log(line(`chain extended inside each write (writers queue), ${READERS} writers`, chain50));
} finally {
  await db.end();
  await server.stop();
}
console.log(cli(url, 'audit:verify').trim());
