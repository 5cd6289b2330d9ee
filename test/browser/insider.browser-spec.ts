import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  [app, browser] = await startUi({ MFA_REQUIRED_ROLES: 'developer,it_manager,admin', SESSION_IDLE_MINUTES: '15' });
});

afterAll(() => stopUi(app, browser));

describe('a developer who never set up two-factor sign-in', () => {
  it('is held on the set-up screen, whatever page they open, until it is on', async () => {
    const dev = await app.make.staff(['developer'], { name: 'Dev Noauth' });
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL(/#\/login/);
    await page.getByRole('textbox', { name: 'Email' }).fill(dev.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(dev.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/#\/two-factor$/);
    await page.getByRole('alert').filter({ hasText: 'Your roles need two-factor sign-in' }).waitFor();

    await page.goto(`${app.baseUrl}/#/settings`);
    await page.waitForURL(/#\/two-factor$/);
    await page.getByRole('heading', { name: 'Two-factor sign-in', level: 1 }).waitFor();
    await page.screenshot({ path: '/tmp/custodian-two-factor-forced.png', fullPage: true });

    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = (await page.getByLabel('Secret key').innerText()).replace(/\s/g, '');
    const code = await generate({ secret, epoch: Math.floor(app.clock.now().getTime() / 1000) });
    await page.getByRole('textbox', { name: 'Code from the app' }).fill(code);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Welcome, Dev Noauth' }).waitFor();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.waitForURL(/#\/settings/);
    expect(page.errors).toEqual([]);
    await page.close(); // the tabs share a cookie jar: a tab left open would act on the next test's session
  });
});

describe('a screen left alone', () => {
  it('warns a minute before the idle sign-out, lets the person stay, and then signs out and clears the screen', async () => {
    const support = await app.make.staff(['support'], { name: 'Sue Idle' });
    const setting = await app.make.setting();
    const page = await browser.newPage();
    await page.clock.install();
    await signIn(page, app.baseUrl, support.email, support.password);
    await page.goto(`${app.baseUrl}/#/settings/${setting.id}/show`);
    await page.getByText(setting.name).first().waitFor();

    await page.clock.fastForward('13:30');
    expect(await page.getByRole('dialog', { name: 'Still there?' }).count()).toBe(0);
    await page.clock.fastForward('00:45');
    const dialog = page.getByRole('dialog', { name: 'Still there?' });
    await dialog.waitFor();
    await dialog.getByText(/You will be signed out in \d+ seconds/).waitFor();
    await page.screenshot({ path: '/tmp/custodian-idle-warning.png', fullPage: true });
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.clock.fastForward('14:30');
    await page.getByRole('dialog', { name: 'Still there?' }).waitFor();
    await page.clock.fastForward('01:00');
    await page.waitForURL(/#\/login/);
    await page.getByText('signed out because the screen was left idle').waitFor();
    expect(await page.getByText(setting.name).count()).toBe(0);
    // The browser's session is ended on the server too (the factory's own API session is another one).
    expect((await app.db.query("SELECT count(*)::int AS n FROM sessions WHERE staff_id = $1 AND end_reason = 'logout'", [support.staff.id]))[0].n).toBe(1);
    expect(page.errors).toEqual([]);
  });
});
