import { EventEmitter2 } from '@nestjs/event-emitter';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../server/src/auth/principal.js';
import { SupportCase } from '../../server/src/cases/case.entity.js';
import { CaseResolved } from '../../server/src/cases/case-resolved.event.js';
import { CasesService } from '../../server/src/cases/cases.service.js';
import { startApp, type TestApp } from '../helpers/app.js';

describe('resolving a case, without HTTP', () => {
  let t: TestApp;
  let support: Principal;
  let cases: CasesService;
  let events: EventEmitter2;
  const listeners: ((e: CaseResolved) => Promise<void>)[] = [];
  beforeAll(async () => {
    t = await startApp();
    support = await t.make.principal(['support']);
    cases = t.app.get(CasesService);
    events = t.app.get(EventEmitter2);
  });
  afterEach(() => { for (const l of listeners.splice(0)) events.off(CaseResolved.event, l); });
  afterAll(async () => { await t?.close(); });

  const listen = (listener: (e: CaseResolved) => Promise<void>) => {
    listeners.push(listener);
    events.on(CaseResolved.event, listener);
  };

  it('tells the listeners inside the resolving transaction, where the case already reads as resolved', async () => {
    const setting = await t.make.setting();
    const open = await t.make.supportCase(setting.id);
    const seen: { status: string; resolvedAt: Date | null }[] = [];
    listen(async ({ supportCase, manager }) => {
      expect(supportCase.id).toBe(open.id);
      const row = await manager.findOneByOrFail(SupportCase, { id: supportCase.id });
      seen.push({ status: row.status, resolvedAt: row.resolvedAt });
    });
    const resolved = await cases.updateCase(support, open.id, { status: 'resolved' });
    expect(resolved.resolvedAt).toEqual(t.clock.now());
    expect(seen).toEqual([{ status: 'resolved', resolvedAt: t.clock.now() }]);
  });

  it('rolls the resolution back when a listener fails', async () => {
    const setting = await t.make.setting();
    const open = await t.make.supportCase(setting.id);
    listen(async () => { throw new Error('could not end the grants'); });
    await expect(cases.updateCase(support, open.id, { status: 'resolved' })).rejects.toThrow('could not end the grants');
    expect(await t.db.getRepository(SupportCase).findOneByOrFail({ id: open.id })).toMatchObject({ status: 'open', resolvedAt: null });
  });

  it('tells nobody when a case is only edited, or reopened', async () => {
    const setting = await t.make.setting();
    const closed = await t.make.supportCase(setting.id, { status: 'resolved', resolvedAt: t.clock.now() });
    let told = 0;
    listen(async () => { told++; });
    await cases.updateCase(support, closed.id, { title: 'Renamed' });
    const reopened = await cases.updateCase(support, closed.id, { status: 'investigating' });
    expect(reopened).toMatchObject({ status: 'investigating', resolvedAt: null });
    expect(told).toBe(0);
  });
});
