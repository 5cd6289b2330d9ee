// The admin UI's time to first useful screen per role: sign-in submitted → that role's work queue on screen, in
// Debian's chromium against the built server on the demo data. Run after `npm run build`: `npm run bench:ui`.
import { chromium } from 'playwright-core';
import { cli, freshDatabase, startServer } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROLES = [
  { role: 'support', email: 'support@custodian.local', password: 'Harbour-Kettle-2026', queue: 'Customer updates due' },
  { role: 'it_manager', email: 'it@custodian.local', password: 'Granite-Meadow-2026', queue: 'Requests to decide' },
  { role: 'smt', email: 'smt@custodian.local', password: 'Compass-Willow-2026', queue: 'SMT contacts owed' },
];

const url = await freshDatabase('custodian_bench_ui');
cli(url, 'migrate');
cli(url, 'demo:seed');
const server = await startServer(url, Number(process.env.BENCH_PORT || 39_000 + Math.floor(Math.random() * 900)), { MFA_REQUIRED_ROLES: '' });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`sign-in clicked → work queue visible, ${RUNS} runs per role (the bundle loads with the sign-in page, before the timer):`);
  for (const { role, email, password, queue } of ROLES) {
    const times = [];
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    for (let i = 0; i < RUNS; i++) {
      await context.clearCookies();
      const page = await context.newPage();
      await page.goto(`${server.base}/`);
      await page.waitForURL(/#\/login/);
      await page.getByRole('textbox', { name: 'Email' }).fill(email);
      await page.getByRole('textbox', { name: 'Password' }).fill(password);
      const started = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByLabel(queue, { exact: true }).waitFor({ timeout: 30_000 });
      times.push(Math.round(performance.now() - started));
      await page.close();
    }
    await context.close();
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`  ${role.padEnd(10)} first ${times[0]} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms  (${times.join(', ')})`);
  }
} finally {
  await browser.close();
  await server.stop();
}
