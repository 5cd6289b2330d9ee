// An investigation copy of a large setting: 2,000 children, 4,000 parents and 50,000 observations loaded with
// content:load, then copied through the API (pseudonymised, streamed into the investigation database). Prints the time
// the copy took and the server's peak memory. Run after `npm run build:server`: `npm run bench:investigation`.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ADMIN_URL, cli, freshDatabase, login, startServer } from './lib.mjs';

const CHILDREN = Number(process.env.BENCH_CHILDREN || 2000);
const PARENTS = Number(process.env.BENCH_PARENTS || 4000);
const OBSERVATIONS = Number(process.env.BENCH_OBSERVATIONS || 50000);
const MEDIA = Number(process.env.BENCH_MEDIA || 2000);
const PASSWORD = 'Quartz-Harbour-2026';

const FIRST = ['Oliver', 'Amelia', 'Isla', 'Arjun', 'Freya', 'Theo', 'Ffion', 'Kacper', 'Aaliyah', 'Rory', 'Maisie', 'Yusuf', 'Eilidh', 'Leo', 'Ngozi', 'Sienna', 'Caoimhe', 'Hamza', 'Poppy', 'Zoë'];
const LAST = ['Hargreaves', 'Okonkwo', 'Fitzgerald', 'Chaudhry', 'MacAllister', 'Wainwright', 'Llewellyn', 'Kowalczyk', 'Bakare', 'Featherstone', 'Thistlewood', 'Haddad', 'Drummond', 'Brightwater', 'Adeyemi'];
const ADULT = ['Priya', 'Marcus', 'Siobhan', 'Deepak', 'Hannah', 'Gareth', 'Bronwen', 'Tomasz', 'Funmilayo', 'Callum', 'Rebecca', 'Karim'];
const SIBLING = ['Jack', 'Mia', 'Arlo', 'Wren', 'Otis', 'Barnaby'];
const STAFF = ['Grace Okafor', 'Tom Whitfield', 'Bethany Lockwood', 'Ravi Kapoor', 'Demelza Tregothnan', 'Hollie Brannigan'];
const AREAS = ['Literacy', 'Mathematics', 'Physical Development', 'Expressive Arts and Design', 'Communication and Language'];
const pick = (list, i) => list[i % list.length];

function generate() {
  const children = Array.from({ length: CHILDREN }, (_, i) => ({
    ref: `c${i}`, firstName: pick(FIRST, i), lastName: `${pick(LAST, i * 7)}${i}`, knownAs: i % 5 === 0 ? `${pick(FIRST, i).slice(0, 3)}z` : undefined,
    dateOfBirth: `202${i % 4}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, room: pick(['Rainbows', 'Owls'], i),
    notes: `Allergic to nuts. ${pick(FIRST, i)}'s mum ${pick(ADULT, i)} collects on Fridays; call 07700 9${String(i).padStart(5, '0')} if late.`,
  }));
  const parents = Array.from({ length: PARENTS }, (_, i) => ({
    childRef: `c${i % CHILDREN}`, firstName: pick(ADULT, i), lastName: children[i % CHILDREN].lastName, relationship: i % 2 ? 'mother' : 'father',
    email: `${pick(ADULT, i).toLowerCase()}${i}@example.com`, phone: `07700 9${String(i).padStart(5, '0')}`, address: `${1 + (i % 90)} Elm Rd, Cambridge CB1 ${i % 9}AB`,
  }));
  const texts = [
    (c, p, i) => `${c.firstName} built a tall tower with ${pick(FIRST, i + 3)} today and counted the bricks to ten.`,
    (c, p, i) => `${c.firstName} talked about her brother ${pick(SIBLING, i)}; parent ${p.firstName} said her birthday is ${1 + (i % 28)}th March.`,
    (c, p) => `${c.firstName} ${c.lastName} painted a picture for ${p.firstName} and told Key worker about the seaside.`,
    (c, p, i) => `Collected early by ${p.firstName} (${p.email}); ring ${p.phone} or 7700 9${String(i % 99999).padStart(5, '0')} with questions.`,
    (c) => `${c.firstName} shared the sand tray and took turns with the spade for the first time.`,
  ];
  const base = Date.parse('2026-01-05T08:00:00.000Z');
  const observations = Array.from({ length: OBSERVATIONS }, (_, i) => {
    const c = children[i % CHILDREN];
    const p = parents[i % PARENTS];
    return { childRef: c.ref, observedAt: new Date(base + i * 97_123).toISOString(), authorName: pick(STAFF, i), area: pick(AREAS, i), text: texts[i % texts.length](c, p, i) };
  });
  const media = Array.from({ length: MEDIA }, (_, i) => ({
    childRef: `c${i % CHILDREN}`, filename: `${children[i % CHILDREN].firstName.toLowerCase()}-${i}.jpg`, contentType: 'image/jpeg', sizeBytes: 50_000 + i * 917,
    caption: `${children[i % CHILDREN].firstName} at the park`, takenAt: new Date(base + i * 600_000).toISOString(),
  }));
  return { children, parents, observations, media };
}

const url = await freshDatabase('custodian_bench_investigation');
const investigationUrl = url.replace(/\/([^/]*)$/, '/$1_investigation');
{
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS custodian_bench_investigation_investigation WITH (FORCE)');
  await admin.end();
}
cli(url, 'migrate');
cli(url, 'staff:create', '--email', 'dev@bench.test', '--name', 'Bench Developer', '--role', 'developer', '--password', PASSWORD);
cli(url, 'staff:create', '--email', 'it@bench.test', '--name', 'Bench IT', '--role', 'it_manager', '--password', PASSWORD);
const db = new pg.Client({ connectionString: url });
await db.connect();
const { rows: [setting] } = await db.query(`INSERT INTO settings (name, kind, postcode, dpo_email, contact_email, subscription_status, consent_policy)
  VALUES ('Bench Nursery', 'nursery', 'CB1 1AA', 'dpo@bench.test', 'office@bench.test', 'active', 'contract') RETURNING id`);
const { rows: [supportCase] } = await db.query(`INSERT INTO cases (setting_id, title, description, status) VALUES ($1, 'Diary export fails', '', 'open') RETURNING id`, [setting.id]);

const file = path.join(mkdtempSync(path.join(tmpdir(), 'custodian-bench-')), 'content.json');
writeFileSync(file, JSON.stringify(generate()));
let started = Date.now();
const loaded = JSON.parse(cli(url, 'content:load', '--setting', setting.id, '--file', file));
console.log(`content:load ${JSON.stringify(loaded)} in ${((Date.now() - started) / 1000).toFixed(1)} s (${(readFileSync(file).length / 1e6).toFixed(1)} MB file)`);

const server = await startServer(url, 3904);
const api = async (token, method, p, body) => {
  const r = await fetch(server.base + p, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  if (!r.ok) throw new Error(`${method} ${p}: ${r.status} ${await r.text()}`);
  return r.json();
};
const dev = await login(server.base, 'dev@bench.test', PASSWORD);
const it = await login(server.base, 'it@bench.test', PASSWORD);
const request = await api(dev, 'POST', '/api/access-requests', {
  settingId: setting.id, caseId: supportCase.id, justification: 'Benchmark copy', scopes: ['children', 'parents', 'observations', 'media'], minutes: 2880,
});
await api(it, 'POST', `/api/access-requests/${request.id}/approve`);

const memory = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;
// CPU seconds the server spent, which a busy machine does not inflate the way it does wall time.
const cpu = () => { const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; };
const before = memory('VmRSS');
const cpuBefore = cpu();
let peak = before;
const sampler = setInterval(() => { peak = Math.max(peak, memory('VmRSS')); }, 20);
started = Date.now();
const copy = await api(dev, 'POST', `/api/access-requests/${request.id}/investigation`);
const seconds = (Date.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, memory('VmRSS'));
const meta = await api(dev, 'GET', `/api/investigations/${copy.id}`);
console.log(`copy ${JSON.stringify(copy.counts)} in ${seconds.toFixed(1)} s (goal < 30 s); server CPU ${(cpu() - cpuBefore).toFixed(1)} s`);
console.log(`server memory: ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB during the copy (+${(peak - before).toFixed(0)} MB; goal < 300 MB), high-water mark ${memory('VmHWM').toFixed(0)} MB`);
console.log(`report: ${meta.report.records} records, ${meta.report.replacements} replacements ${JSON.stringify(meta.report.byClass)}`);
const inv = new pg.Client({ connectionString: investigationUrl });
await inv.connect();
const { rows: [{ n }] } = await inv.query('SELECT count(*)::int AS n FROM observations WHERE copy_id = $1', [copy.id]);
console.log(`investigation database holds ${n} observations of the copy`);
await inv.end();
await db.end();
await server.stop();
