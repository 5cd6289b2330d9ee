import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { uniq, type TestApp } from '../helpers/app.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  [app, browser] = await startUi();
});

afterAll(() => stopUi(app, browser));

/** The token of the last emailed link of this kind to this address. */
async function linkToken(to: string, kind: string, route: string) {
  const mails = await app.db.getRepository(OutboxMessage).find({ where: { to, kind }, order: { createdAt: 'DESC' } });
  return new RegExp(`/#/${route}/([A-Za-z0-9_-]+)`).exec(mails[0]?.body ?? '')![1]!;
}

describe('password resets in the admin UI', () => {
  it('has no password field on edit; an admin sends a reset after confirming, and the person sets a password on the public page', async () => {
    const dev = await app.make.staff(['developer'], { name: 'Dee Reset' });
    const admin = await app.make.staff(['admin']);
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, admin.email, admin.password);
    await page.goto(`${app.baseUrl}/#/staff/${dev.staff.id}`);
    await page.getByRole('textbox', { name: /^Name/ }).waitFor();
    expect(await page.getByLabel(/password/i).count()).toBe(0);

    await page.goto(`${app.baseUrl}/#/staff/${dev.staff.id}/show`);
    await page.getByRole('button', { name: 'Send password reset' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/All their sessions end now/).waitFor();
    await dialog.getByRole('button', { name: 'Send reset' }).click();
    await page.getByText(/A reset link is on its way to Dee Reset/).waitFor();
    expect((await app.http().get('/api/auth/me').set(dev.auth)).status).toBe(401);
    await page.close();

    const token = await linkToken(dev.email, 'staff.password_reset', 'password-reset');
    const pub = await browser.newPage();
    await pub.goto(`${app.baseUrl}/#/password-reset/${token}`);
    await pub.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await pub.getByLabel(/^New password\s*\*?$/).fill('Lantern-Meadow-4821');
    await pub.getByLabel(/^New password again/).fill('Lantern-Meadow-4821');
    await pub.getByRole('button', { name: 'Set password' }).click();
    await pub.getByText('Your password is set').waitFor();
    expect((await app.http().post('/api/auth/login').send({ email: dev.email, password: 'Lantern-Meadow-4821' })).status).toBe(200);

    await pub.goto(`${app.baseUrl}/#/login`);
    await pub.getByRole('link', { name: 'Forgot password?' }).click();
    await pub.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await pub.getByRole('textbox', { name: 'Email' }).fill(`${uniq('nobody')}@staff.test`);
    await pub.getByRole('button', { name: 'Send reset link' }).click();
    await pub.getByText(/If that address belongs to a Custodian account/).waitFor();
    expect(pub.errors).toEqual([]);
    await pub.close();
  });
});

describe('the DPO confirming a held change', () => {
  it('shows the change on the setting, and the DPO confirms it on the public page, once', async () => {
    const dpoEmail = `${uniq('dpo')}@setting.test`;
    const setting = await app.make.setting({ consentPolicy: 'per_request', dpoEmail });
    const support = await app.make.staff(['support']);
    await app.http().put(`/api/settings/${setting.id}`).set(support.auth).send({ consentPolicy: 'contract' }).expect(200);

    const page = await browser.newPage();
    await signIn(page, app.baseUrl, support.email, support.password);
    await page.goto(`${app.baseUrl}/#/settings/${setting.id}/show`);
    await page.getByText(/Waiting for the setting's DPO to confirm: consent to developer access → contract/).waitFor();
    await page.close();

    const token = await linkToken(dpoEmail, 'setting.change_requested', 'setting-changes');
    const pub = await browser.newPage();
    await pub.goto(`${app.baseUrl}/#/setting-changes/${token}`);
    await pub.getByRole('heading', { name: 'Confirm a change to your setting' }).waitFor();
    await pub.getByText('To: Covered by the contract: no case-by-case consent').waitFor();
    await pub.getByRole('textbox', { name: 'Your name' }).fill('Dana Protection');
    await pub.getByRole('button', { name: 'Confirm the change' }).click();
    await pub.getByText('Thank you. The change is made.').waitFor();
    await pub.reload();
    await pub.getByText(/already confirmed: the link works only once/).waitFor();
    expect((await app.db.query('SELECT consent_policy FROM settings WHERE id = $1', [setting.id]))[0].consent_policy).toBe('contract');
    expect(pub.errors).toEqual([]);
  });
});
