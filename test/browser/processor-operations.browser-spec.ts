import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { Staff } from '../../server/src/staff/staff.entity.js';
import { SubProcessor } from '../../server/src/sub-processors/sub-processor.entity.js';
import { uniq, type TestApp } from '../helpers/app.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  [app, browser] = await startUi();
});

afterAll(() => stopUi(app, browser));

describe('processor operations in the admin UI', () => {
  it('lets SMT review the term: everyone with roles and last sign-in, a decision each, "remove" applied', async () => {
    const smt = await app.make.staff(['smt'], { name: 'Sue Review' });
    const leaver = await app.make.staff(['developer'], { name: 'Lee Leaver' });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, smt.email, smt.password);
    await page.getByRole('alert', { name: 'Access review' }).getByRole('link', { name: /review who holds which role/ }).click();
    await page.waitForURL(/#\/access-reviews\/create/);
    const row = page.locator(`tr[data-staff="${leaver.email}"]`);
    await row.waitFor();
    await expect.poll(() => row.innerText()).toMatch(/Lee Leaver[\s\S]*Developer[\s\S]*\d{4}/); // roles and a sign-in time
    await row.getByRole('radio', { name: 'Remove' }).check();
    await row.getByRole('textbox', { name: 'Note for Lee Leaver' }).fill('Left the company');
    await page.getByRole('button', { name: 'Complete the review' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/1 to remove \(Lee Leaver/).waitFor();
    await dialog.getByRole('button', { name: 'Complete' }).click();
    await page.waitForURL(/#\/access-reviews\/[0-9a-f-]{36}\/show$/);
    await page.getByText('Left the company').waitFor();
    expect((await app.db.getRepository(Staff).findOneByOrFail({ id: leaver.staff.id })).active).toBe(false);
    await page.getByRole('menuitem', { name: 'Dashboard', exact: true }).click();
    await page.getByRole('alert', { name: 'Access review' }).getByText(/review is done/).waitFor();

    // SMT keeps the Art. 30 record from the same menu.
    await page.getByRole('menuitem', { name: 'Record of processing' }).click();
    await page.getByRole('heading', { name: /Record of processing \(UK GDPR Art\. 30\(2\)\)/ }).waitFor();
    await page.getByRole('button', { name: 'Download as Markdown' }).waitFor();
    expect(page.errors).toEqual([]);
  });

  it('lets an admin propose a sub-processor, tells the DPOs, and refuses activation inside the notice period', async () => {
    const admin = await app.make.staff(['admin']);
    const setting = await app.make.setting({ dpoEmail: `${uniq('dpo')}@setting.test` });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, admin.email, admin.password);
    await page.getByRole('menuitem', { name: 'Sub-processors' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    const name = uniq('Postmark');
    await page.getByRole('textbox', { name: /^Name/ }).fill(name);
    await page.getByRole('textbox', { name: /^Purpose/ }).fill('Sending email notifications');
    await page.getByRole('textbox', { name: /^Location/ }).fill('United States');
    const categories = page.getByRole('combobox', { name: /Data categories/ });
    await categories.fill('parents (name, email)');
    await categories.press('Enter');
    await page.getByRole('button', { name: 'Propose and notify' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Propose and notify' }).click();
    await page.waitForURL(/#\/sub-processors\/[0-9a-f-]{36}\/show$/);
    await page.getByLabel('status proposed').waitFor();
    const saved = await app.db.getRepository(SubProcessor).findOneByOrFail({ name });
    expect(saved.dataCategories).toEqual(['parents (name, email)']);
    expect(await app.db.getRepository(OutboxMessage).countBy({ settingId: setting.id, kind: 'sub_processor.proposed' })).toBe(1);

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Active' }).click();
    await page.getByRole('button', { name: 'Make active' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Make active' }).click();
    await page.getByText(/notice period runs until/).waitFor();
    expect((await app.db.getRepository(SubProcessor).findOneByOrFail({ name })).status).toBe('proposed');
  });

  it('lets support send a departing setting\'s DPO the export link, which downloads the ZIP once', async () => {
    const support = await app.make.staff(['support']);
    const setting = await app.make.setting({ name: uniq('Leaving Nursery'), dpoEmail: `${uniq('dpo')}@setting.test`, subscriptionStatus: 'cancelled' });
    const content = await app.make.content(setting.id, 2);
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, support.email, support.password);
    await page.goto(`${app.baseUrl}/#/settings/${setting.id}/show`);
    await page.getByRole('button', { name: 'Export for the DPO' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Email the link' }).click();
    await page.getByText(`Download link emailed to ${setting.dpoEmail}`).waitFor();
    // Support's screens never carry the link: it is in the DPO's email only.
    expect(await page.content()).not.toContain('/api/public/exports/');

    const mail = await app.db.getRepository(OutboxMessage).findOneByOrFail({ settingId: setting.id, kind: 'export.link' });
    const link = `${app.baseUrl}${/\/api\/public\/exports\/[A-Za-z0-9_-]+/.exec(mail.body)![0]}`; // PUBLIC_URL is not this test server
    const dpo = await browser.newPage();
    const [download] = await Promise.all([dpo.waitForEvent('download'), dpo.goto(link).catch(() => undefined)]);
    expect(download.suggestedFilename()).toMatch(/^Leaving-Nursery-[a-z0-9]+-records\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const children = JSON.parse(strFromU8(files['children.json']!)) as { id: string }[];
    expect(children.map((c) => c.id).sort()).toEqual(content.children.map((c) => c.id).sort());
    expect(Object.keys(files)).toHaveLength(8);

    const again = await dpo.goto(link);
    expect(again?.status()).toBe(409);
  });

  it('flags an overdue subject request on SMT\'s dashboard and shows a setting\'s access report', async () => {
    const support = await app.make.staff(['support']);
    const smt = await app.make.staff(['smt']);
    const setting = await app.make.setting({ name: uniq('Late Nursery') });
    const receivedAt = new Date(app.clock.now().getTime() - 40 * 86_400_000).toISOString();
    const logged = await app.http().post('/api/subject-requests').set(support.auth).send({ settingId: setting.id, kind: 'erasure', receivedAt });
    expect(logged.status, logged.text).toBe(201);

    const page = await browser.newPage();
    await signIn(page, app.baseUrl, smt.email, smt.password);
    const flag = page.getByRole('alert', { name: 'Overdue subject requests' });
    await flag.getByText(/past the one-month deadline/).waitFor();
    await flag.getByRole('link', { name: 'see them' }).click();
    await page.locator('tbody tr', { hasText: setting.name }).getByLabel('overdue').waitFor();

    await page.goto(`${app.baseUrl}/#/settings/${setting.id}/show`);
    await page.getByRole('link', { name: 'Access report' }).click();
    await page.getByRole('heading', { name: `Who accessed ${setting.name}'s records` }).waitFor();
    await page.getByText("Nobody accessed this setting's records in this period.").waitFor();
    expect(page.errors).toEqual([]);
  });
});
