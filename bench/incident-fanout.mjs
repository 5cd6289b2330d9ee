// One customer update to 10 000 affected settings: how long until every setting's email is in a local SMTP sink.
// Run after `npm run build:server`: `npm run bench:fanout`. BENCH_SETTINGS changes the size.
import { SMTPServer } from 'smtp-server';
import pg from 'pg';
import { cli, freshDatabase, login, startServer } from './lib.mjs';

const SETTINGS = Number(process.env.BENCH_SETTINGS || 10_000);
const PASSWORD = 'Bench-Harbour-2026';

/** Counts what arrives, by recipient; parses nothing it does not need. */
async function startSink() {
  const arrived = new Map();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true, // the sink should cost nothing: measure the product, not a DNS lookup per connection
    logger: false,
    onData(stream, session, done) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) {
          arrived.set(r.address, (arrived.get(r.address) ?? 0) + 1);
          total++;
        }
        done();
      });
    },
  });
  server.on('error', () => {}); // a connection reset by the product is its own business; the counts tell the story
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, arrived, total: () => total, close: () => new Promise((r) => server.close(r)) };
}

async function api(base, token, method, path, body) {
  const r = await fetch(base + path, {
    method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body ? JSON.stringify(body) : undefined,
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function until(probe, timeoutMs, stepMs = 50) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await probe()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return false;
}

async function run(label, smtpQuery) {
  const url = await freshDatabase('custodian_bench_fanout');
  cli(url, 'migrate');
  cli(url, 'staff:create', '--email', 'cx@bench.test', '--name', 'Bench Support', '--role', 'support', '--password', PASSWORD);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await db.query(`INSERT INTO settings (name, kind, postcode, contact_email, subscription_status, consent_policy)
    SELECT 'Setting ' || lpad(i::text, 5, '0'), 'nursery', 'CB1 1AA', 'office' || i || '@bench.test', 'active', 'contract'
      FROM generate_series(1, ${SETTINGS}) i`);
  const ids = (await db.query('SELECT id FROM settings ORDER BY name')).rows.map((r) => r.id);
  const sink = await startSink();
  const server = await startServer(url, 3902, { SMTP_URL: sink.url + smtpQuery, CRITICAL_EMAIL: 'critical@bench.test' });
  try {
    const token = await login(server.base, 'cx@bench.test', PASSWORD);
    const incident = await api(server.base, token, 'POST', '/api/incidents', { title: 'Registers will not save', description: 'Bench' });
    for (let i = 0; i < ids.length; i += 2000) {
      await api(server.base, token, 'POST', `/api/incidents/${incident.id}/affected-settings`, { settingIds: ids.slice(i, i + 2000) });
    }
    await until(() => sink.arrived.get('critical@bench.test') === 1, 30_000);

    const started = performance.now();
    const update = await api(server.base, token, 'POST', `/api/incidents/${incident.id}/updates`, { audience: 'customers', message: 'Registers are read-only while we repair them.' });
    const accepted = performance.now() - started;
    const customers = () => sink.total() - 1;
    const delivered = await until(() => customers() >= SETTINGS, 15 * 60_000);
    const elapsed = performance.now() - started;
    // A message reaches the sink a moment before its row is marked sent.
    await until(async () => (await db.query(`SELECT 1 FROM outbox WHERE incident_id = $1 AND status = 'queued' LIMIT 1`, [incident.id])).rowCount === 0, 30_000);
    const [{ sent, queued, failed }] = (await db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'queued')::int AS queued,
              count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM outbox WHERE incident_id = $1 AND kind = 'incident.customer_update'`, [incident.id])).rows;
    const duplicates = [...sink.arrived.entries()].filter(([to, n]) => to.startsWith('office') && n > 1).length;
    console.log(`${label}:`);
    console.log(`  POST /updates (${update.recipients} outbox rows + delivery jobs in one transaction): ${(accepted / 1000).toFixed(2)} s`);
    console.log(`  all ${customers()} emails in the SMTP sink: ${(elapsed / 1000).toFixed(1)} s after the request (${Math.round(customers() / (elapsed / 1000))} emails/s)` +
      `${delivered ? '' : '  (TIMED OUT)'}`);
    console.log(`  outbox: ${sent} sent, ${queued} queued, ${failed} failed; recipients with more than one copy: ${duplicates}`);
  } finally {
    await server.stop();
    await sink.close();
    await db.end();
  }
}

console.log(`One customer update to ${SETTINGS} affected settings, worker concurrency 4, local SMTP sink`);
await run('SMTP_URL with ?pool=false (a connection per message)', '?pool=false');
await run('SMTP_URL as given (pooled by default: nodemailer keeps 5 connections open)', '');
