// Shared bench plumbing: a fresh database, the compiled server started on it, and latency figures.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';

export const ADMIN_URL = process.env.BENCH_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

export async function freshDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
}

/** The compiled build to compare against (`BENCH_BASE=/path/to/other/checkout`), or null for this one only. */
export const BASE = process.env.BENCH_BASE || null;

export function cli(databaseUrl, ...args) {
  return cliIn('.', databaseUrl, ...args);
}

/** The CLI of the build in `root` (this checkout, or BENCH_BASE). */
export function cliIn(root, databaseUrl, ...args) {
  const r = spawnSync('node', [`${root}/dist/server/src/cli/main.js`, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } });
  if (r.status !== 0) throw new Error(`cli ${args[0]} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** A TCP port nobody listens on now (benches of other checkouts may run beside this one). */
export function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts the compiled server; resolves once /api/health answers. */
export async function startServer(databaseUrl, wantedPort, env = {}, root = '.') {
  const port = wantedPort || (await freePort());
  const child = spawn('node', [`${root}/dist/server/src/main.js`], {
    cwd: root,
    // Two-factor enrolment is not what the benches measure: their accounts sign in with a password alone.
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'off', LOGIN_RATE_PER_MINUTE: '100000', MFA_REQUIRED_ROLES: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, pid: child.pid, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

export async function login(base, email, password) {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!r.ok) throw new Error(`login ${email}: ${r.status}`);
  return (await r.json()).token;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summary(latenciesMs, seconds) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: +percentile(sorted, 50).toFixed(2),
    p95: +percentile(sorted, 95).toFixed(2),
    p975: +percentile(sorted, 97.5).toFixed(2),
    p99: +percentile(sorted, 99).toFixed(2),
    perSecond: Math.round(sorted.length / seconds),
  };
}

/** Runs a query loop directly on pg with `connections` clients for `seconds`; latencies in ms. */
export async function pgLoop(databaseUrl, connections, seconds, run) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const latencies = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const started = process.hrtime.bigint();
      await run(pool);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }));
  await pool.end();
  return { ...summary(latencies, seconds), latencies };
}

/** autocannon against one URL; collects every response time so p95 is exact. */
export async function http(url, token, connections, seconds) {
  const { default: autocannon } = await import('autocannon');
  const latencies = [];
  let non2xx = 0;
  const instance = autocannon({ url, connections, duration: seconds, headers: { authorization: `Bearer ${token}` } });
  instance.on('response', (_client, status, _bytes, ms) => { latencies.push(ms); if (status >= 300) non2xx++; });
  await instance;
  return { ...summary(latencies, seconds), non2xx, latencies };
}

/**
 * Runs each contender for `seconds` in total, in `rounds` alternating slices, so a noisy neighbour on a shared machine
 * weighs on all of them alike; returns one summary per contender.
 */
export async function interleaved(contenders, seconds, rounds = Number(process.env.BENCH_ROUNDS || 4)) {
  const slice = Math.max(1, Math.round(seconds / rounds));
  const parts = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < contenders.length; i++) parts[i].push(await contenders[i](slice));
  }
  return parts.map((ps) => ({
    ...summary(ps.flatMap((p) => p.latencies), slice * rounds),
    non2xx: ps.reduce((n, p) => n + (p.non2xx ?? 0), 0),
  }));
}
