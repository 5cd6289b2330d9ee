// Reminder lateness with 1 000 active incidents: from the moment a reminder falls due (REMINDER_LEAD_MINUTES before
// the customer update) to the moment it is marked sent and to the moment it reaches a local SMTP sink.
// Run after `npm run build:server`: `npm run bench:reminders`. BENCH_INCIDENTS changes the number of incidents.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import pg from 'pg';
import { cli, freshDatabase, login, percentile, startServer } from './lib.mjs';

const INCIDENTS = Number(process.env.BENCH_INCIDENTS || 1000);
const SPREAD_SECONDS = Number(process.env.BENCH_SPREAD_SECONDS || 60);
const PASSWORD = 'Bench-Harbour-2026';
const CADENCE_MINUTES = 60;
const LEAD_MINUTES = 10;

const url = await freshDatabase('custodian_bench_reminders');
cli(url, 'migrate');
cli(url, 'staff:create', '--email', 'owner@bench.test', '--name', 'Bench Owner', '--role', 'support', '--password', PASSWORD);

// Reminders are told apart by the incident title in the subject.
const receivedAt = new Map();
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, done) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', async () => {
      const at = Date.now();
      const mail = await simpleParser(Buffer.concat(chunks));
      const m = /^Customer update due .*: (Bench incident \d+)$/.exec(mail.subject ?? '');
      if (m && !receivedAt.has(m[1])) receivedAt.set(m[1], at);
      done();
    });
  },
});
sink.on('error', () => {}); // a connection reset by the product is its own business; the counts tell the story
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${sink.server.address().port}`;

const server = await startServer(url, 3903, {
  SMTP_URL: smtpUrl, CADENCE_DAY1_MINUTES: String(CADENCE_MINUTES), REMINDER_LEAD_MINUTES: String(LEAD_MINUTES), CRITICAL_EMAIL: 'critical@bench.test',
});
const db = new pg.Client({ connectionString: url });
await db.connect();
try {
  const token = await login(server.base, 'owner@bench.test', PASSWORD);
  // Reminders fall due one after another over SPREAD_SECONDS, starting once every incident has been declared.
  const firstDue = Date.now() + 60_000 + INCIDENTS * 25;
  const remindAt = new Map();
  const declaring = performance.now();
  for (let i = 0; i < INCIDENTS; i++) {
    const title = `Bench incident ${i}`;
    const due = firstDue + Math.floor((i * SPREAD_SECONDS * 1000) / INCIDENTS);
    const discoveredAt = new Date(due - (CADENCE_MINUTES - LEAD_MINUTES) * 60_000);
    const r = await fetch(`${server.base}/api/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title, description: 'Bench', discoveredAt: discoveredAt.toISOString() }),
    });
    if (r.status !== 201) throw new Error(`declare: ${r.status} ${await r.text()}`);
    remindAt.set(title, due);
  }
  console.log(`declared ${INCIDENTS} incidents in ${((performance.now() - declaring) / 1000).toFixed(1)} s; ` +
    `first reminder due in ${((firstDue - Date.now()) / 1000).toFixed(0)} s, the last ${SPREAD_SECONDS} s after it`);

  const deadline = firstDue + SPREAD_SECONDS * 1000 + 180_000;
  while (receivedAt.size < INCIDENTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));

  const rows = (await db.query(
    `SELECT i.title, o.sent_at FROM outbox o JOIN incidents i ON i.id = o.incident_id WHERE o.kind = 'incident.reminder'`)).rows;
  const sentLateness = rows.filter((r) => r.sent_at).map((r) => new Date(r.sent_at).getTime() - remindAt.get(r.title)).sort((a, b) => a - b);
  const sinkLateness = [...receivedAt.entries()].map(([title, at]) => at - remindAt.get(title)).sort((a, b) => a - b);
  const early = sinkLateness.filter((ms) => ms < 0).length;
  const [{ n: alerts }] = (await db.query(`SELECT count(*)::int AS n FROM incident_alerts WHERE kind = 'reminder'`)).rows;
  const fmt = (xs) => `p50 ${(percentile(xs, 50) / 1000).toFixed(2)} s  p99 ${(percentile(xs, 99) / 1000).toFixed(2)} s  max ${(xs.at(-1) / 1000).toFixed(2)} s`;
  console.log(`Reminder lateness with ${INCIDENTS} active incidents (cadence ${CADENCE_MINUTES} min, lead ${LEAD_MINUTES} min, worker concurrency 4):`);
  console.log(`  due -> marked sent in the outbox: ${fmt(sentLateness)}  (${sentLateness.length} sent)`);
  console.log(`  due -> in the SMTP sink:          ${fmt(sinkLateness)}  (${sinkLateness.length} received, ${early} early)`);
  console.log(`  reminders recorded: ${alerts} (one per incident and deadline expected: ${INCIDENTS})`);
} finally {
  await db.end();
  await server.stop();
  sink.close();
}
