import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../server/src/common/clock.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { uniq, type TestApp } from '../helpers/app.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

// Each role's real task, end to end, from the work queue on the home page.
let app: TestApp;
let browser: TestBrowser;
const timings: Record<string, number> = {};

beforeAll(async () => {
  [app, browser] = await startUi({ SESSION_IDLE_MINUTES: '100000', SESSION_MAX_HOURS: '100000' });
});

afterAll(async () => {
  console.log(`browser flow times (ms): ${JSON.stringify(timings)}`);
  await stopUi(app, browser);
});

async function criticalWith(n: number, extra: Record<string, unknown> = {}) {
  const support = await app.make.staff(['support']);
  const settings = [];
  for (let i = 0; i < n; i++) settings.push(await app.make.setting({ name: uniq(`Nursery ${String.fromCharCode(65 + i)}`) }));
  const res = await app.http().post('/api/incidents').set(support.auth)
    .send({ title: uniq('Registers will not save'), description: 'Registers fail', affectedSettingIds: settings.map((s) => s.id), ...extra });
  expect(res.status, res.text).toBe(201);
  return { incident: res.body as { id: string; title: string }, settings, support };
}

describe('each role\'s work, end to end in the browser', () => {
  it('lets SMT log a day-3 contact from the work queue', async () => {
    const started = Date.now();
    const { incident, settings } = await criticalWith(1);
    app.clock.advance(2 * 24 * HOUR + HOUR);
    const smt = await app.make.staff(['smt'], { name: 'Sol Senior' });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, smt.email, smt.password);
    const owed = page.getByLabel('SMT contacts owed', { exact: true });
    await owed.getByText(/1 setting\(s\) to contact \(day 3\)/).waitFor();
    await owed.getByRole('link', { name: incident.title }).click();
    await page.getByRole('heading', { level: 1, name: incident.title, exact: true }).waitFor();
    const cell = page.getByLabel(`${settings[0]!.name} SMT contact`);
    await cell.getByRole('button', { name: 'Log contact' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'What was said' }).fill('Fix due Friday; the delay was the supplier; timescale agreed.');
    await page.getByRole('dialog').getByRole('button', { name: 'Log it' }).click();
    await cell.getByLabel('Done').waitFor();
    const [task] = (await app.http().get(`/api/incidents/${incident.id}/tasks?key=smt_contact`).set(smt.auth)).body;
    expect(task).toMatchObject({ settingId: settings[0]!.id, done: true, doneBy: smt.staff.id });
    timings.smt = Date.now() - started;
    // SMT's dashboard is in the menu, with update compliance charted per incident and durations in words.
    await page.getByRole('menuitem', { name: 'SMT dashboard' }).click();
    // The chart's axis wraps long titles over several lines, so its text is compared without spaces.
    const chart = page.getByLabel('Update compliance per incident');
    await expect.poll(async () => (await chart.textContent())?.replace(/\s/g, '')).toContain(incident.title.slice(0, 20).replace(/\s/g, ''));
    const row = page.getByRole('table', { name: 'Active incidents' }).getByRole('row', { name: new RegExp(incident.title) });
    expect(await row.innerText()).toMatch(/OVERDUE · 2 d( \d+ h)? late\t0% \(0\/0\)\t32\t/);
    expect(page.errors).toEqual([]);
  });

  it('lets support log calls for three settings in a row without a reload', async () => {
    const started = Date.now();
    const { incident, settings } = await criticalWith(3);
    app.clock.advance(24 * HOUR + HOUR);
    const support = await app.make.staff(['support'], { name: 'Cass Support' });
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, support.email, support.password);
    const owed = page.getByLabel('Calls and letters owed today', { exact: true });
    await owed.getByText(/3 call\(s\), 3 letter\(s\)/).waitFor();
    await owed.getByRole('link', { name: incident.title }).click();
    await page.getByRole('heading', { level: 1, name: incident.title, exact: true }).waitFor();
    for (const [i, setting] of settings.entries()) {
      const cell = page.getByLabel(`${setting.name} Telephone update`);
      await cell.getByRole('button', { name: 'Log call' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'What was said' }).fill(`Called ${setting.name}: registers on paper until the fix.`);
      await page.getByRole('dialog').getByRole('button', { name: 'Log it' }).click();
      await cell.getByLabel('Done').waitFor();
      // Every other row keeps its buttons after a log.
      for (const other of settings.slice(i + 1)) await page.getByLabel(`${other.name} Telephone update`).getByRole('button', { name: 'Log call' }).waitFor();
      for (const other of settings) await page.getByLabel(`${other.name} Written confirmation`).getByRole('button', { name: 'Log letter' }).waitFor();
    }
    const tasks = (await app.http().get(`/api/incidents/${incident.id}/tasks?key=telephone_update&day=2`).set(support.auth)).body as { done: boolean }[];
    expect(tasks.map((x) => x.done)).toEqual([true, true, true]);
    expect(page.errors).toEqual([]);
    timings.support = Date.now() - started;
  });

  it('lets an IT manager approve a request from the pending badge in the menu', async () => {
    const started = Date.now();
    const setting = await app.make.setting({ consentPolicy: 'contract' });
    const supportCase = await app.make.supportCase(setting.id);
    const dev = await app.make.staff(['developer'], { name: 'Dev Eloper' });
    const it = await app.make.staff(['it_manager'], { name: 'Ivy Manager' });
    const res = await app.http().post('/api/access-requests').set(dev.auth)
      .send({ settingId: setting.id, caseId: supportCase.id, justification: 'The diary export fails on one record', scopes: ['observations'] });
    expect(res.status, res.text).toBe(201);
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, it.email, it.password);
    const item = page.getByRole('menuitem', { name: /^Access requests 1 to decide$/ });
    await item.getByLabel('1 to decide').waitFor();
    await item.click();
    const row = page.locator('tbody tr', { hasText: 'The diary export fails on one record' });
    await row.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Approved: the grant has started').waitFor();
    const shown = (await app.http().get(`/api/access-requests/${res.body.id}`).set(it.auth)).body;
    expect(shown).toMatchObject({ status: 'active', approverId: it.staff.id });
    const told = await app.db.getRepository(OutboxMessage).findBy({ kind: 'access.approved', to: dev.email });
    expect(told).toHaveLength(1);
    expect(page.errors).toEqual([]);
    timings.it_manager = Date.now() - started;
  });

  it('sends the Art. 33(3) breach notice with a preview, and shows it per setting', async () => {
    const started = Date.now();
    const { incident, settings } = await criticalWith(2, { personalDataBreach: true });
    const it = await app.make.staff(['it_manager']);
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, it.email, it.password);
    await page.goto(`${app.baseUrl}/#/incidents/${incident.id}/show`);
    await page.getByRole('heading', { level: 1, name: incident.title, exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Breach notices' }).click();
    await page.getByRole('button', { name: 'Send breach notice' }).click();
    const dialog = page.getByRole('dialog');
    const fill = (label: RegExp, value: string) => dialog.getByRole('textbox', { name: label }).fill(value);
    await fill(/^Nature of the personal data breach/, 'A report sent one setting\'s register to another setting.');
    await fill(/^Categories of personal data/, 'children\'s names, attendance');
    await dialog.getByRole('spinbutton', { name: /data subjects/ }).fill('40');
    await dialog.getByRole('spinbutton', { name: /records concerned/ }).fill('1200');
    await fill(/^Likely consequences/, 'Low: the recipient is bound by confidentiality.');
    await fill(/^Measures taken or proposed/, 'Export switched off; the copy deleted.');
    await fill(/^Contact point/, 'Data Protection Lead, dpo@custodian.test');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByLabel('Email preview');
    await preview.getByText('Approximate number of data subjects concerned:').waitFor();
    await preview.getByText(/To dpo-/).waitFor();
    await dialog.getByRole('button', { name: 'Send to each DPO' }).click();
    await page.getByText('Breach notice sent to each DPO').waitFor();
    for (const s of settings) await page.getByLabel(`${s.name} notice 1`).waitFor();
    const mails = await app.db.getRepository(OutboxMessage).findBy({ incidentId: incident.id, kind: 'incident.breach_article_notice' });
    expect(mails.map((m) => m.to).sort()).toEqual(settings.map((s) => s.dpoEmail).sort());
    expect(page.errors).toEqual([]);
    timings.breach_notice = Date.now() - started;
  });
});
