import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE } from '../../server/src/common/clock.js';
import type { TestApp } from '../helpers/app.js';
import { accessKit } from '../e2e/access-helpers.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

let app: TestApp;
let browser: TestBrowser;
let kit: ReturnType<typeof accessKit>;

beforeAll(async () => {
  [app, browser] = await startUi();
  kit = accessKit(app);
});

afterAll(() => stopUi(app, browser));

const statusOf = async (id: string) =>
  ((await app.db.query('SELECT status FROM access_requests WHERE id = $1', [id])) as { status: string }[])[0]?.status;

describe('developer access in the admin UI', () => {
  it('takes a request from a case through IT approval to reading the content, an anonymised copy, and revocation', { timeout: 90_000 }, async () => {
    const setting = await app.make.setting({ consentPolicy: 'contract' });
    const supportCase = await app.make.supportCase(setting.id, { title: 'Diary export drops entries' });
    const content = await app.make.content(setting.id, 3);
    const dev = await app.make.staff(['developer'], { name: 'Devi Browser' });
    const itm = await app.make.staff(['it_manager'], { name: 'Ivo Manager' });
    const justification = 'The diary export drops entries for this setting; I need to see which children it skips.';

    // The developer asks from the case.
    let page = await browser.newPage();
    await signIn(page, app.baseUrl, dev.email, dev.password);
    await page.goto(`${app.baseUrl}/#/cases/${supportCase.id}/show`);
    await page.getByRole('link', { name: 'Request access' }).click();
    await page.waitForURL(/#\/access-requests\/create/);
    await page.getByRole('textbox', { name: /Why you need it/ }).fill(justification);
    await page.getByRole('checkbox', { name: 'Children' }).check();
    await page.getByRole('checkbox', { name: 'Observations' }).check();
    await page.getByRole('spinbutton', { name: /For how long/ }).fill('30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/access-requests\/[0-9a-f-]{36}\/show$/);
    const requestId = /access-requests\/([0-9a-f-]{36})\/show/.exec(page.url())![1]!;
    await page.getByText('Pending', { exact: true }).first().waitFor();
    expect(page.errors).toEqual([]);

    // The IT manager decides from the queue, the justification beside the request.
    page = await browser.newPage();
    await signIn(page, app.baseUrl, itm.email, itm.password);
    await page.getByRole('menuitem', { name: 'Access requests' }).click();
    const row = page.locator('tbody tr', { hasText: 'Devi Browser' });
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain(justification.slice(0, 30));
    await page.screenshot({ path: '/tmp/custodian-access-queue.png', fullPage: true });
    await row.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Approved: the grant has started').waitFor();
    expect(await statusOf(requestId)).toBe('active');

    // The developer sees the grant with its countdown, and reads the content.
    page = await browser.newPage();
    await signIn(page, app.baseUrl, dev.email, dev.password);
    await page.getByRole('menuitem', { name: 'Access requests' }).click();
    const mine = page.locator('tbody tr', { hasText: 'Active' });
    await mine.waitFor();
    await expect.poll(() => mine.getByRole('timer').innerText()).toMatch(/^(29|30)m \d\ds left$/);
    await page.screenshot({ path: '/tmp/custodian-access-mine.png', fullPage: true });
    await mine.getByRole('link', { name: 'Open content' }).click();
    await page.waitForURL(new RegExp(`#/content/${setting.id}$`));
    await page.getByRole('tab', { name: 'Children' }).waitFor();
    for (const child of content.children) await page.getByText(child.firstName).waitFor();
    await page.getByRole('tab', { name: 'Observations' }).click();
    await page.getByText(`${content.children[0]!.firstName} read a book.`).waitFor();
    expect(await page.getByRole('tab', { name: 'Parents' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/custodian-access-content.png', fullPage: true });
    const reads: { n: number }[] = await app.db.query("SELECT count(*)::int AS n FROM audit_events WHERE grant_id = $1 AND action = 'content.read'", [requestId]);
    expect(reads[0]!.n).toBeGreaterThanOrEqual(2);

    // An anonymised copy: codes, no names.
    await page.goto(`${app.baseUrl}/#/access-requests/${requestId}/show`);
    await page.getByRole('heading', { name: 'Access request', exact: true }).waitFor();
    await page.getByRole('timer', { name: 'Time left' }).waitFor();
    await page.getByRole('button', { name: 'Make investigation copy' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Make copy' }).click();
    await page.waitForURL(/#\/investigations\/[0-9a-f-]{36}\/show$/);
    await page.getByText('Child 0001').waitFor();
    await page.getByText(/^\d+ records copied, \d+ replacements in their text\.$/).waitFor();
    for (const child of content.children) expect(await page.getByText(child.firstName).count()).toBe(0);
    await page.screenshot({ path: '/tmp/custodian-access-copy.png', fullPage: true });

    // Revoking closes it at once.
    await page.goto(`${app.baseUrl}/#/access-requests/${requestId}/show`);
    await page.getByRole('timer', { name: 'Time left' }).waitFor();
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Revoked', { exact: true }).first().waitFor();
    expect(await statusOf(requestId)).toBe('revoked');
    await page.goto(`${app.baseUrl}/#/content/${setting.id}`);
    await page.getByText('You hold no live grant for this setting').waitFor();
    expect(await page.getByText(content.children[0]!.firstName).count()).toBe(0);
    expect(page.errors).toEqual([]);
  });

  it('closes the content page when the grant expires, without anyone acting', async () => {
    const g = await kit.grant({ scopes: ['children'], minutes: 5 });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, g.dev.email, g.dev.password);
    await page.goto(`${app.baseUrl}/#/content/${g.setting.id}`);
    await page.getByText(g.content.children[0]!.firstName).waitFor();
    app.clock.advance(5 * MINUTE);
    await page.reload();
    await page.getByText('You hold no live grant for this setting').waitFor();
    expect(await page.getByText(g.content.children[0]!.firstName).count()).toBe(0);
    expect(page.errors).toEqual([]);
  });

  it('lets the setting\u2019s DPO answer the emailed link on a public page, without signing in, once', async () => {
    const s = await kit.scenario({ consentPolicy: 'per_request' });
    const request = await kit.request(s.dev, s.setting.id, s.supportCase.id, { scopes: ['observations'], justification: 'Observations vanish after saving.' });
    await kit.approve(s.it, request.id);
    const { token } = await kit.consentToken(request.id);
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/#/consent/${token}`);
    await page.getByRole('heading', { name: 'Consent to developer access' }).waitFor();
    await page.getByText(s.setting.name).first().waitFor();
    await page.getByText('Observations vanish after saving.').waitFor();
    await page.getByRole('textbox', { name: /Your name/ }).fill('Dana Protection');
    await page.getByRole('button', { name: 'Grant access' }).click();
    await page.getByText(/Thank you\. Access is granted/).waitFor();
    expect(await statusOf(request.id)).toBe('active');
    await page.screenshot({ path: '/tmp/custodian-consent.png', fullPage: true });
    await page.reload();
    await page.getByText(/already answered by Dana Protection/).waitFor();
    expect(page.url()).toMatch(/#\/consent\//);
    expect(page.errors).toEqual([]);
  });

  it('shows SMT who accessed a setting\u2019s data, when and why, with the audited reads', async () => {
    const g = await kit.grant({ scopes: ['children'] });
    await app.http().get(`/api/settings/${g.setting.id}/children`).set(g.dev.auth).expect(200);
    const smt = await app.make.staff(['smt'], { name: 'Morgan Review' });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, smt.email, smt.password);
    await page.goto(`${app.baseUrl}/#/settings/${g.setting.id}/show`);
    await page.getByRole('link', { name: 'Access history' }).click();
    const row = page.locator('tbody tr', { hasText: 'Active' });
    await row.waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await row.click();
    await page.getByRole('heading', { name: 'Audit trail of this grant' }).waitFor();
    const trail = page.getByLabel('Audited reads');
    await trail.locator('tbody tr', { hasText: 'content.read' }).waitFor();
    await expect.poll(() => trail.locator('tbody tr', { hasText: 'content.read' }).innerText()).toContain('3 children');
    await page.screenshot({ path: '/tmp/custodian-access-history.png', fullPage: true });
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(page.errors).toEqual([]);
  });
});
