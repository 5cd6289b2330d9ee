import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../server/src/common/clock.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { uniq, type TestApp } from '../helpers/app.js';
import { signIn, startUi, stopUi, type TestBrowser } from './browser.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  // Sessions outlive the day the clock is moved through.
  [app, browser] = await startUi({ SESSION_IDLE_MINUTES: '100000', SESSION_MAX_HOURS: '100000' });
});

afterAll(() => stopUi(app, browser));

describe('critical incidents in the admin UI', () => {
  it('lets support declare a critical, send a customer update with a preview of its recipients, and log a phone call on day 2', async () => {
    const setting = await app.make.setting({ name: uniq('Acorn Nursery'), contactEmail: `${uniq('office')}@acorn.test` });
    const support = await app.make.staff(['support'], { name: 'Cass Support' });
    const title = uniq('Registers will not save');
    const page = await browser.newPage();
    await signIn(page, app.baseUrl, support.email, support.password);

    // Declare.
    await page.getByRole('menuitem', { name: 'Critical incidents' }).click();
    await page.getByRole('link', { name: 'Declare a critical' }).click();
    // The settings list loads into the form as it opens; choose from it first, then type.
    await page.getByRole('combobox', { name: /Affected settings/ }).fill(setting.name.slice(0, 12));
    await page.getByRole('option', { name: setting.name }).click();
    await page.getByRole('button', { name: setting.name }).waitFor(); // the chosen setting, as a chip in the input
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await page.getByRole('textbox', { name: /^Description/ }).fill('Morning registers fail to save for some nurseries.');
    await expect.poll(() => page.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe(title);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/incidents\/[0-9a-f-]{36}\/show$/);
    const incidentId = /incidents\/([0-9a-f-]{36})\/show/.exec(page.url())![1]!;
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Incident day').innerText()).toBe('Day 1');
    const timer = page.getByRole('timer', { name: 'Next customer update' });
    await expect.poll(() => timer.innerText()).toMatch(/^Next update in (59m|1h 00m)/);
    expect(await timer.getAttribute('data-state')).toBe('ok');
    await page.getByLabel('Playbook tasks').getByText('Email the critical mailbox and inform IT managers').waitFor();

    // Send a customer update, seeing who gets it first.
    await page.getByRole('button', { name: 'Send update' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Recipients').getByText('1 setting, one personal email each').waitFor();
    await dialog.getByText(setting.contactEmail!, { exact: false }).waitFor();
    await dialog.getByRole('textbox', { name: 'Message' }).fill('Registers are read-only while we repair them; next update within the hour.');
    await dialog.getByRole('button', { name: 'Send update' }).click();
    await page.getByText('Update sent to 1 recipient').waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByLabel('Timeline').getByText(/Registers are read-only while we repair them.*to 1 setting\(s\), on time/).waitFor();
    const mails = await app.db.getRepository(OutboxMessage).findBy({ incidentId, kind: 'incident.customer_update' });
    expect(mails.map((m) => m.to)).toEqual([setting.contactEmail]);

    // The reminder window turns the countdown amber; past the deadline it turns red.
    app.clock.advance(55 * 60_000);
    await page.reload();
    await expect.poll(() => page.getByRole('timer', { name: 'Next customer update' }).getAttribute('data-state')).toBe('reminder');
    app.clock.advance(10 * 60_000);
    await page.reload();
    await expect.poll(() => page.getByRole('timer', { name: 'Next customer update' }).getAttribute('data-state')).toBe('overdue');

    // Day 2: the setting's telephone update is on the checklist; log the call.
    app.clock.advance(24 * HOUR);
    await page.reload();
    await expect.poll(() => page.getByLabel('Incident day').innerText()).toBe('Day 2');
    const cell = page.getByLabel(`${setting.name} Telephone update`);
    await cell.getByRole('button', { name: 'Log call' }).waitFor();
    await page.screenshot({ path: '/tmp/custodian-incident-day2.png' });
    await cell.getByRole('button', { name: 'Log call' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'What was said' }).fill('Spoke to the manager; registers on paper until the fix.');
    await page.getByRole('dialog').getByRole('button', { name: 'Log it' }).click();
    await cell.getByLabel('Done').waitFor();
    const [task] = (await app.http().get(`/api/incidents/${incidentId}/tasks?key=telephone_update`).set(support.auth)).body;
    expect(task).toMatchObject({ settingId: setting.id, done: true, doneBy: support.staff.id });
    await page.screenshot({ path: '/tmp/custodian-incident-room.png', fullPage: true });
    expect(page.errors).toEqual([]);
  });

  it('shows SMT the dashboard: active incidents, their magnitude, update compliance and what is overdue', async () => {
    const support = await app.make.staff(['support']);
    const smt = await app.make.staff(['smt'], { name: 'Sol Senior' });
    const settings = [await app.make.setting(), await app.make.setting(), await app.make.setting()];
    const title = uniq('Diary sync stalled');
    const declared = await app.http().post('/api/incidents').set(support.auth).send({
      title, description: 'Diaries do not sync', affectedSettingIds: settings.map((s) => s.id),
      discoveredAt: new Date(app.clock.now().getTime() - 2 * HOUR).toISOString(),
    });
    expect(declared.status).toBe(201);

    const page = await browser.newPage();
    await signIn(page, app.baseUrl, smt.email, smt.password);
    await page.getByRole('menuitem', { name: 'Critical incidents' }).click();
    await page.getByRole('link', { name: 'SMT dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Critical incidents', exact: true }).waitFor();
    const row = page.getByRole('table', { name: 'Active incidents' }).getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/OVERDUE/);
    expect(await row.innerText()).toMatch(/\t3\t/);
    await page.getByLabel('Overdue', { exact: true }).getByText(title).waitFor();
    await page.getByLabel('Update compliance per incident').getByText(title.slice(0, 20)).waitFor();
    await page.getByLabel('Update compliance by day').waitFor();
    expect(Number(await page.getByLabel('Settings affected', { exact: true }).innerText())).toBeGreaterThanOrEqual(3);

    // SMT reads the incident room but is offered none of the actions that change it.
    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    for (const action of ['Send update', 'Decide on functionality', 'Portal message', 'Resolve']) {
      expect(await page.getByRole('button', { name: action }).count(), action).toBe(0);
    }
    expect(page.errors).toEqual([]);
  });
});
