import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { SettingChangesService } from '../../server/src/settings/setting-changes.service.js';
import { SettingsService } from '../../server/src/settings/settings.service.js';
import { startApp, type TestApp } from '../helpers/app.js';

describe('setting changes that wait for the DPO', () => {
  let t: TestApp;
  let settings: SettingsService;
  let changes: SettingChangesService;
  beforeAll(async () => {
    t = await startApp();
    settings = t.app.get(SettingsService);
    changes = t.app.get(SettingChangesService);
  });
  afterAll(async () => { await t?.close(); });

  /** The single-use token from the newest email to the setting's DPO. */
  async function linkToken(settingId: string): Promise<string> {
    const [mail] = await t.db.getRepository(OutboxMessage).find({ where: { settingId, kind: 'setting.change_requested' }, order: { createdAt: 'DESC' } });
    const token = /\/#\/setting-changes\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
    expect(token, mail?.body).toBeDefined();
    return token!;
  }

  it('holds loosened consent until the DPO confirms, while other fields of the same change apply at once', async () => {
    const support = await t.make.principal(['support']);
    const setting = await t.make.setting({ consentPolicy: 'per_request' });
    const view = await settings.updateSetting(support, setting.id, { consentPolicy: 'contract', contactPhone: '01223 111111' });
    expect(view).toMatchObject({ consentPolicy: 'per_request', contactPhone: '01223 111111', pendingChange: { fields: ['consentPolicy'], values: { consentPolicy: 'contract' } } });
    expect(await settings.getView(support, setting.id)).toMatchObject({ consentPolicy: 'per_request' });

    const token = await linkToken(setting.id);
    expect(await changes.describe(token)).toMatchObject({ state: 'open', fields: ['consentPolicy'], requestedByName: support.staff.name });
    expect(await changes.answer(token, { decision: 'confirm', name: 'Dana Protection' }, null)).toMatchObject({ state: 'confirmed' });
    expect(await settings.getView(support, setting.id)).toMatchObject({ consentPolicy: 'contract', pendingChange: null });
    await expect(changes.answer(token, { decision: 'confirm', name: 'Dana Protection' }, null)).rejects.toThrow(/already used/);
  });

  it('drops a change the DPO rejects, and one whose link has lapsed cannot be confirmed', async () => {
    const support = await t.make.principal(['support']);
    const rejected = await t.make.setting({ consentPolicy: 'per_request' });
    await settings.updateSetting(support, rejected.id, { consentPolicy: 'contract' });
    await changes.answer(await linkToken(rejected.id), { decision: 'reject', name: 'Dana Protection' }, null);
    expect(await settings.getView(support, rejected.id)).toMatchObject({ consentPolicy: 'per_request', pendingChange: null });

    const lapsed = await t.make.setting({ consentPolicy: 'per_request' });
    await settings.updateSetting(support, lapsed.id, { consentPolicy: 'contract' });
    t.clock.advance(8 * 24 * 60 * 60_000);
    await expect(changes.answer(await linkToken(lapsed.id), { decision: 'confirm', name: 'Dana Protection' }, null)).rejects.toThrow(/no longer open/);
    expect(await settings.getView(support, lapsed.id)).toMatchObject({ consentPolicy: 'per_request', pendingChange: null });
  });

  it('applies tightening at once, with no email', async () => {
    const support = await t.make.principal(['support']);
    const setting = await t.make.setting({ consentPolicy: 'contract' });
    expect(await settings.updateSetting(support, setting.id, { consentPolicy: 'per_request' })).toMatchObject({ consentPolicy: 'per_request', pendingChange: null });
    expect(await t.db.getRepository(OutboxMessage).countBy({ settingId: setting.id, kind: 'setting.change_requested' })).toBe(0);
  });
});
