import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import { DAY } from '../../server/src/common/clock.js';
import { Child, Media, Observation, Parent } from '../../server/src/content/content.entities.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { RetentionService } from '../../server/src/retention/retention.service.js';
import { Setting } from '../../server/src/settings/setting.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';

describe('retention, without HTTP', () => {
  let t: TestApp;
  let retention: RetentionService;
  beforeAll(async () => {
    t = await startApp();
    retention = t.app.get(RetentionService);
  });
  afterAll(async () => { await t?.close(); });

  const ago = (days: number) => new Date(t.clock.now().getTime() - days * DAY);
  const contentOf = async (settingId: string) => ({
    children: await t.db.getRepository(Child).countBy({ settingId }),
    parents: await t.db.getRepository(Parent).countBy({ settingId }),
    observations: await t.db.getRepository(Observation).countBy({ settingId }),
    media: await t.db.getRepository(Media).countBy({ settingId }),
  });

  it('purges the content of a setting whose retention period has lapsed, warns one nearing it, and leaves the rest', async () => {
    const days = t.config.retentionAfterExpiryDays;
    const lapsed = await t.make.setting({ subscriptionStatus: 'expired', subscriptionEndsAt: ago(days + 1) });
    const nearing = await t.make.setting({ subscriptionStatus: 'expired', subscriptionEndsAt: ago(days - 10) });
    const current = await t.make.setting({ subscriptionStatus: 'active', subscriptionEndsAt: null });
    for (const s of [lapsed, nearing, current]) await t.make.content(s.id, 2);

    expect(await retention.sweep({ settingIds: [lapsed.id, nearing.id, current.id] })).toEqual({ warned: 1, purged: 1 });

    expect(await contentOf(lapsed.id)).toEqual({ children: 0, parents: 0, observations: 0, media: 0 });
    const purged = await t.db.getRepository(Setting).findOneByOrFail({ id: lapsed.id });
    expect(purged.subscriptionStatus).toBe('purged');
    expect(purged.purgedAt).toEqual(t.clock.now());
    const event = await t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'setting.purged', settingId: lapsed.id });
    expect(event.detail.counts).toEqual({ media: 2, observations: 2, parents: 2, children: 2 });
    expect(await t.db.getRepository(OutboxMessage).countBy({ settingId: lapsed.id, to: lapsed.dpoEmail! })).toBe(1);

    expect(await contentOf(nearing.id)).toEqual({ children: 2, parents: 2, observations: 2, media: 2 });
    expect((await t.db.getRepository(Setting).findOneByOrFail({ id: nearing.id })).retentionWarnedAt).toEqual(t.clock.now());
    expect(await contentOf(current.id)).toEqual({ children: 2, parents: 2, observations: 2, media: 2 });
  });

  it('does nothing more on a second sweep: no second warning, no second purge', async () => {
    const days = t.config.retentionAfterExpiryDays;
    const lapsed = await t.make.setting({ subscriptionStatus: 'expired', subscriptionEndsAt: ago(days + 3) });
    const nearing = await t.make.setting({ subscriptionStatus: 'expired', subscriptionEndsAt: ago(days - 3) });
    expect(await retention.sweep({ settingIds: [lapsed.id, nearing.id] })).toEqual({ warned: 1, purged: 1 });
    expect(await retention.sweep({ settingIds: [lapsed.id, nearing.id] })).toEqual({ warned: 0, purged: 0 });
    expect(await retention.purge(lapsed.id)).toBe(false);
  });

  it('refuses to purge a setting before its time', async () => {
    const days = t.config.retentionAfterExpiryDays;
    const early = await t.make.setting({ subscriptionStatus: 'expired', subscriptionEndsAt: ago(days - 1) });
    await t.make.content(early.id, 1);
    expect(await retention.purge(early.id)).toBe(false);
    expect(await contentOf(early.id)).toEqual({ children: 1, parents: 1, observations: 1, media: 1 });
  });
});
