import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessRequestsService } from '../../server/src/access/access-requests.service.js';
import { AccessError, AccessErrorCode } from '../../server/src/access/access.errors.js';
import { ConsentService } from '../../server/src/access/consent.service.js';
import { AuditEvent } from '../../server/src/audit/audit-event.entity.js';
import type { Principal } from '../../server/src/auth/principal.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { MINUTE } from '../../server/src/common/clock.js';
import { ContentService } from '../../server/src/content/content.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import type { ContentKind } from '../../server/src/policy/abilities.js';
import { CONSENT_POLICIES } from '../../server/src/settings/setting.entity.js';
import { startApp, type TestApp } from '../helpers/app.js';

describe('access grants, without HTTP', () => {
  let t: TestApp;
  let access: AccessRequestsService;
  let content: ContentService;
  beforeAll(async () => {
    t = await startApp();
    access = t.app.get(AccessRequestsService);
    content = t.app.get(ContentService);
  });
  afterAll(async () => { await t?.close(); });

  /** The principal a signed-in person's next call would carry: grants are read afresh each time. */
  async function principalOf(token: string): Promise<Principal> {
    const me = await t.app.get(AuthService).principalFor(token, '127.0.0.1', true);
    if (!me) throw new Error('the session did not resolve');
    return me;
  }

  /** A setting with content and an open case, a developer (with their token) and an IT manager. */
  async function scenario(consentPolicy: (typeof CONSENT_POLICIES)[number] = 'contract') {
    const setting = await t.make.setting({ consentPolicy });
    const supportCase = await t.make.supportCase(setting.id);
    const made = await t.make.content(setting.id, 2);
    const dev = await t.make.staff(['developer']);
    const it = await t.make.principal(['it_manager']);
    return { setting, supportCase, made, dev, it };
  }

  function ask(me: Principal, settingId: string, caseId: string, extra: { scopes?: ContentKind[]; minutes?: number } = {}) {
    return access.create(me, {
      settingId, caseId, justification: 'The nightly report fails on this setting; I need to see the rows it stops at.',
      scopes: extra.scopes ?? ['children'], ...(extra.minutes !== undefined ? { minutes: extra.minutes } : {}),
    });
  }

  async function refusal(work: Promise<unknown>): Promise<AccessErrorCode> {
    const error = await work.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AccessError);
    return (error as AccessError).code;
  }

  it('refuses a requester approving their own request, whatever roles they hold', async () => {
    const { setting, supportCase } = await scenario();
    const both = await t.make.principal(['developer', 'it_manager']);
    const request = await ask(both, setting.id, supportCase.id);
    expect(await refusal(access.approve(both, request.id))).toBe(AccessErrorCode.SelfApproval);
    expect((await access.get(both, request.id)).status).toBe('pending');
  });

  it('starts the grant on approval when the contract covers it, and the developer then reads the content', async () => {
    const { setting, supportCase, made, dev, it } = await scenario('contract');
    const request = await ask(await principalOf(dev.token), setting.id, supportCase.id);
    const approved = await access.approve(it, request.id);
    expect(approved.status).toBe('active');
    const me = await principalOf(dev.token);
    expect(me.grants.map((g) => g.id)).toEqual([request.id]);
    const { rows } = await content.list(me, setting.id, 'children', {});
    expect(rows.map((r) => r.id).sort()).toEqual(made.children.map((c) => c.id).sort());
  });

  it('waits for the customer where the setting asks consent on each request, and opens nothing until it is given', async () => {
    const { setting, supportCase, dev, it } = await scenario('per_request');
    const request = await ask(await principalOf(dev.token), setting.id, supportCase.id);
    const approved = await access.approve(it, request.id);
    expect(approved.status).toBe('awaiting_consent');
    expect(approved.consentStatus).toBe('requested');
    const waiting = await principalOf(dev.token);
    expect(waiting.grants).toEqual([]);
    await expect(content.list(waiting, setting.id, 'children', {})).rejects.toMatchObject({ status: 403 });

    const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: `access-consent:${request.id}` });
    expect(mail.to).toBe(setting.dpoEmail);
    const token = /\/#\/consent\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
    const answer = await t.app.get(ConsentService).answer(token, { decision: 'grant', name: 'Dana Protection' }, null);
    expect(answer.status).toBe('active');
    expect((await principalOf(dev.token)).grants.map((g) => g.id)).toEqual([request.id]);
  });

  it('yields no content once the grant has expired, and audits the refusal', async () => {
    const { setting, supportCase, dev, it } = await scenario();
    const request = await ask(await principalOf(dev.token), setting.id, supportCase.id, { minutes: 10 });
    await access.approve(it, request.id);
    expect((await principalOf(dev.token)).grants).toHaveLength(1);

    t.clock.advance(11 * MINUTE);
    const me = await principalOf(dev.token);
    expect(me.grants).toEqual([]);
    expect((await access.get(me, request.id)).status).toBe('active'); // stored as active: nothing waited for a sweep
    await expect(content.list(me, setting.id, 'children', {})).rejects.toMatchObject({ status: 403 });
    const refused = await t.db.getRepository(AuditEvent).findOneBy({ actorId: me.staff.id, action: 'content.read_refused', settingId: setting.id });
    expect(refused?.detail).toEqual({ kind: 'children' });
  });

  it('writes one audit event for each content read, naming the grant and the records returned', async () => {
    const { setting, supportCase, made, dev, it } = await scenario();
    const request = await ask(await principalOf(dev.token), setting.id, supportCase.id, { scopes: ['children', 'observations'] });
    await access.approve(it, request.id);
    const me = await principalOf(dev.token);

    const listed = await content.list(me, setting.id, 'observations', {});
    const one = await content.get(me, setting.id, 'children', made.children[0]!.id);
    expect(one.id).toBe(made.children[0]!.id);

    const reads = await t.db.getRepository(AuditEvent).find({ where: { actorId: me.staff.id, action: 'content.read' }, order: { seq: 'ASC' } });
    expect(reads.map((e) => [e.grantId, e.subjectType, e.detail])).toEqual([
      [request.id, 'Observation', { kind: 'observations', recordIds: listed.rows.map((r) => r.id), total: 2 }],
      [request.id, 'Child', { kind: 'children', recordIds: [made.children[0]!.id] }],
    ]);
  });

  it('ends the grant when an IT manager revokes it, and the developer reads nothing more', async () => {
    const { setting, supportCase, dev, it } = await scenario();
    const request = await ask(await principalOf(dev.token), setting.id, supportCase.id);
    await access.approve(it, request.id);
    const revoked = await access.revoke(it, request.id, 'case handed to another team');
    expect(revoked).toMatchObject({ status: 'revoked', endReason: 'revoked', endedById: it.staff.id });
    const me = await principalOf(dev.token);
    expect(me.grants).toEqual([]);
    await expect(content.get(me, setting.id, 'children', setting.id)).rejects.toMatchObject({ status: 403 });
  });

  it('shows a developer only their own requests', async () => {
    const { setting, supportCase, dev } = await scenario();
    const mine = await ask(await principalOf(dev.token), setting.id, supportCase.id);
    const other = await t.make.principal(['developer']);
    expect(await refusal(access.get(other, mine.id))).toBe(AccessErrorCode.RequestNotFound);
    const { rows } = await access.list(other, { filter: JSON.stringify({ settingId: setting.id }) });
    expect(rows).toEqual([]);
  });
});
