import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  [app, browser] = await startUi();
});

afterAll(() => stopUi(app, browser));

/** What the person's authenticator app shows now, by the server's clock; the clock then moves to the next step. */
async function appCode(secret: string): Promise<string> {
  const code = await generate({ secret, epoch: Math.floor(app.clock.now().getTime() / 1000) });
  app.clock.advance(30_000);
  return code;
}

describe('two-factor sign-in in the admin UI', () => {
  it('lets a member of staff turn it on from the user menu, then asks for the code at sign-in, and an admin can reset it', async () => {
    const it_ = await app.make.staff(['it_manager'], { name: 'Ivy Twofactor' });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, it_.email, it_.password);

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Two-factor sign-in' }).click();
    await page.getByRole('heading', { name: 'Two-factor sign-in', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await page.screenshot({ path: '/tmp/custodian-two-factor-setup.png', fullPage: true });
    const secret = (await page.getByLabel('Secret key').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByRole('textbox', { name: 'Code from the app' }).fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('The code does not match').waitFor();
    await page.getByRole('textbox', { name: 'Code from the app' }).fill(await appCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText(/^Two-factor sign-in is on for/).waitFor();
    await page.screenshot({ path: '/tmp/custodian-two-factor.png', fullPage: true });

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Logout' }).click();
    await page.waitForURL(/#\/login/);
    await page.getByRole('textbox', { name: 'Email' }).fill(it_.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(it_.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByRole('textbox', { name: 'One-time code' });
    await code.waitFor();
    await code.fill('123456');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('the one-time code is wrong or was already used').waitFor();
    await code.fill(await appCode(secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ivy Twofactor' }).waitFor();
    expect(page.errors).toEqual([]);

    const admin = await app.make.staff(['admin']);
    const adminPage = await browser.newPage();
    await signIn(adminPage, app.baseUrl, admin.email, admin.password);
    await adminPage.goto(`${app.baseUrl}/#/staff/${it_.staff.id}/show`);
    await adminPage.getByRole('button', { name: 'Reset two-factor' }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
    await adminPage.getByText(/signs in with a password alone/).waitFor();
    await expect.poll(() => adminPage.getByRole('button', { name: 'Reset two-factor' }).count()).toBe(0);
    expect((await app.http().post('/api/auth/login').send({ email: it_.email, password: it_.password })).status).toBe(200);
    expect(adminPage.errors).toEqual([]);
  });
});
