// The admin UI's first load on the wire: the JS and CSS bytes (compressed as sent, headers included) a browser with an
// empty cache fetches for the sign-in page, and then for the first screen after sign-in (the dashboard), with the
// cache headers of each; with BENCH_BASE, the build it is compared with beside it. Goal: <= 300 kB in all.
// Run after `npm run build`: `npm run bench:ui` (needs /usr/bin/chromium or CHROMIUM_PATH).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { BASE, cliIn, freshDatabase, startServer } from './lib.mjs';

const PASSWORD = 'Bench-Harbour-2026';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

async function measure(label, root) {
  const url = await freshDatabase(`custodian_bench_ui_${root === '.' ? 'now' : 'base'}`);
  cliIn(root, url, 'migrate');
  cliIn(root, url, 'staff:create', '--email', 'bench@bench.test', '--name', 'Bench Support', '--role', 'support', '--password', PASSWORD);
  const server = await startServer(url, 0, {}, root);
  const profile = await mkdtemp(path.join(tmpdir(), 'custodian-bench-ui-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await context.newPage();
    const seen = [];
    page.on('requestfinished', async (request) => {
      const response = await request.response();
      if (!response) return;
      const sizes = await request.sizes();
      const headers = await response.allHeaders();
      seen.push({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        encoding: headers['content-encoding'] ?? 'none', cache: headers['cache-control'] ?? '' });
    });
    await page.goto(`${server.base}/`);
    await page.waitForURL(/#\/login/);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    const signInPage = seen.splice(0);
    await page.getByRole('textbox', { name: 'Email' }).fill('bench@bench.test');
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
    await page.waitForLoadState('networkidle');
    const firstScreen = seen.splice(0);
    const assets = (list) => list.filter((r) => r.type === 'script' || r.type === 'stylesheet' || /\.(js|css)$/.test(new URL(r.url).pathname));
    const sum = (list) => assets(list).reduce((n, r) => n + r.bytes, 0);
    const html = signInPage.find((r) => r.type === 'document');
    const anAsset = assets(signInPage)[0];
    return {
      label, signIn: sum(signInPage), first: sum(firstScreen), files: assets(signInPage).length + assets(firstScreen).length,
      encoding: anAsset?.encoding, assetCache: anAsset?.cache, htmlCache: html?.cache,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await server.stop();
  }
}

const results = [await measure('this build', '.')];
if (BASE) results.push(await measure(`base (${BASE})`, BASE));
console.log('Admin UI first load, JS + CSS on the wire (empty cache)');
for (const r of results) {
  console.log(`  ${r.label.padEnd(28)} sign-in page ${kB(r.signIn).padStart(9)}  + first screen after sign-in ${kB(r.first).padStart(9)}  = ${kB(r.signIn + r.first).padStart(9)} in ${r.files} files`);
  console.log(`  ${''.padEnd(28)} assets: ${r.encoding}, Cache-Control "${r.assetCache}"; index.html: Cache-Control "${r.htmlCache}"`);
}
for (const r of results) console.log(`  ${r.label.padEnd(28)} first load ${kB(r.signIn + r.first)} (goal <= 300 kB): ${r.signIn + r.first <= 300_000 ? 'met' : 'NOT met'}`);
