// The export's peak memory: the compiled server streams the ZIP of a setting with 50 000 observations (and its children,
// parents and media) to a client that reads it as it comes. The server's resident memory is sampled every 20 ms, and
// its kernel high-water mark (VmHWM) is reset just before the download, so the peak is the download's own.
// Run after `npm run build:server`: `npm run bench:export`.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { cli, login } from './lib.mjs';
import { largeSetting } from './content-fixture.mjs';

const PASSWORD = 'Quartz-Harbour-2026';
const PORT = 3911;
const { url, settingId, rows } = await largeSetting('custodian_bench_export', 10);
cli(url, 'staff:create', '--email', 'support@bench.test', '--name', 'Bench Support', '--role', 'support', '--password', PASSWORD);

const child = spawn('node', ['dist/server/src/main.js'], {
  env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), LOG_LEVEL: 'warn', DEMO_DATA: 'off', MFA_REQUIRED_ROLES: '', NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* starting */ }
  if (i > 120) throw new Error('server did not start');
  await new Promise((r) => setTimeout(r, 250));
}
const mb = (kb) => +(kb / 1024).toFixed(1);
const status = () => Object.fromEntries(readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n')
  .filter((l) => /^Vm(RSS|HWM):/.test(l)).map((l) => [l.split(':')[0], Number(l.split(/\s+/)[1])]));

const token = await login(base, 'support@bench.test', PASSWORD);
const asked = await fetch(`${base}/api/settings/${settingId}/export`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
if (asked.status !== 202) throw new Error(`export: ${asked.status} ${await asked.text()}`);
// Without SMTP_URL the DPO's email is kept in the outbox: the link is read from there, as the DPO would from the email.
const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows: [mail] } = await db.query(`SELECT body FROM outbox WHERE kind = 'export.link' AND setting_id = $1`, [settingId]);
await db.end();
const link = /\/api\/public\/exports\/[A-Za-z0-9_-]+/.exec(mail.body)[0];

if (global.gc) global.gc();
await new Promise((r) => setTimeout(r, 500));
const before = status();
writeFileSync(`/proc/${child.pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
let sampledPeak = 0;
const sampler = setInterval(() => { sampledPeak = Math.max(sampledPeak, status().VmRSS); }, 20);

const started = process.hrtime.bigint();
const res = await fetch(`${base}${link}`);
let bytes = 0;
for await (const chunk of res.body) bytes += chunk.length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
const after = status();
child.kill('SIGTERM');

console.log(JSON.stringify({
  bench: 'export zip', status: res.status, rows, zipMB: +(bytes / 1048576).toFixed(1), seconds: +seconds.toFixed(2), rowsPerSecond: Math.round(rows / seconds),
  serverRssBeforeMB: mb(before.VmRSS), serverPeakRssDuringMB: mb(Math.max(after.VmHWM, sampledPeak)), peakGrowthMB: mb(Math.max(after.VmHWM, sampledPeak) - before.VmRSS),
}, null, 2));
