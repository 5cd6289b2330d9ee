import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../server/src/common/paths.js';
import { startApp, type TestApp } from '../helpers/app.js';

/** Debian's chromium; browser tests never download one. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** A new tab with no session cookie, whose uncaught page errors are collected in `errors`. */
  newPage(): Promise<Page & { errors: string[] }>;
  close(): Promise<void>;
}

/** Fails fast, with the fix, when the admin UI has not been built (the server would serve nothing at `/`). */
export function assertUiBuilt(): void {
  if (!existsSync(path.join(projectRoot(), 'admin-ui', 'dist', 'index.html'))) {
    throw new Error('admin-ui/dist is missing: run `npm run build:ui` first (`npm test` does it)');
  }
}

/** The real server serving the built UI, with the given environment, and a browser to drive it. */
export async function startUi(env: Record<string, string> = {}): Promise<[TestApp, TestBrowser]> {
  assertUiBuilt();
  return Promise.all([startApp(env, { serveUi: true, listen: true }), launchBrowser()]);
}

export async function stopUi(app: TestApp | undefined, browser: TestBrowser | undefined): Promise<void> {
  await browser?.close();
  await app?.close();
}

/** Headless chromium on a fresh profile directory, removed again on close. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = await mkdtemp(path.join(tmpdir(), 'custodian-chromium-'));
  // Playwright passes --user-data-dir itself; the persistent context is how it takes a directory of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1360, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  context.setDefaultTimeout(20_000); // flows cross several pages and roles; a busy two-core machine needs the slack
  return {
    context,
    async newPage() {
      await context.clearCookies();
      const page = (await context.newPage()) as Page & { errors: string[] };
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      // DEBUG_BROWSER=1 prints the page's console, requests and navigations: a redirect loop shows at once.
      if (process.env.DEBUG_BROWSER) {
        const t0 = Date.now();
        page.on('console', (m) => console.log(Date.now() - t0, 'console', m.type(), m.text().slice(0, 300)));
        page.on('request', (r) => console.log(Date.now() - t0, 'request', r.method(), r.url().slice(0, 120)));
        page.on('response', (r) => console.log(Date.now() - t0, 'response', r.status(), r.url().slice(0, 120)));
        page.on('framenavigated', (f) => console.log(Date.now() - t0, 'nav', f.url()));
      }
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login page, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/#\/login/);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /^Welcome, / }).waitFor();
}

/** The entries of the side menu, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  await page.getByRole('menuitem', { name: 'Dashboard', exact: true }).waitFor();
  return (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
}
