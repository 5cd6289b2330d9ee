import { expect } from 'vitest';
import { AccessRequestsService } from '../../server/src/access/access-requests.service.js';
import { CONSENT_POLICIES } from '../../server/src/settings/setting.entity.js';
import { JobsService } from '../../server/src/jobs/jobs.service.js';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import type { ContentKind, Role } from '../../server/src/policy/abilities.js';
import type { TestApp } from '../helpers/app.js';

type Staff = Awaited<ReturnType<TestApp['make']['staff']>>;

/** Factories for the access flow: a setting with content and a case, a developer, an IT manager, a request, a grant. */
export function accessKit(t: TestApp) {
  const kit = {
    /** A setting with content and an open case, and a developer and an IT manager to work on it. */
    async scenario(opts: { consentPolicy?: (typeof CONSENT_POLICIES)[number]; children?: number; dpoEmail?: string | null; contactEmail?: string | null } = {}) {
      const setting = await t.make.setting({
        consentPolicy: opts.consentPolicy ?? 'contract',
        ...(opts.dpoEmail !== undefined ? { dpoEmail: opts.dpoEmail } : {}),
        ...(opts.contactEmail !== undefined ? { contactEmail: opts.contactEmail } : {}),
      });
      const supportCase = await t.make.supportCase(setting.id);
      const content = await t.make.content(setting.id, opts.children ?? 3);
      const dev = await t.make.staff(['developer']);
      const it = await t.make.staff(['it_manager']);
      return { setting, supportCase, content, dev, it };
    },

    async request(dev: Staff, settingId: string, caseId: string, extra: { scopes?: ContentKind[]; minutes?: number; justification?: string } = {}) {
      const res = await t.http().post('/api/access-requests').set(dev.auth).send({
        settingId, caseId, justification: extra.justification ?? 'The daily diary export fails for this setting; I need to see the records it chokes on.',
        scopes: extra.scopes ?? ['children'], ...(extra.minutes !== undefined ? { minutes: extra.minutes } : {}),
      });
      expect(res.status, res.text).toBe(201);
      return res.body as { id: string; status: string; [k: string]: unknown };
    },

    async approve(it: Staff, id: string) {
      const res = await t.http().post(`/api/access-requests/${id}/approve`).set(it.auth);
      expect(res.status, res.text).toBe(200);
      return res.body as { id: string; status: string; expiresAt: string; [k: string]: unknown };
    },

    /** A live grant on a contract setting: the scenario, a request and its approval. */
    async grant(opts: { scopes?: ContentKind[]; minutes?: number; children?: number } = {}) {
      const s = await kit.scenario({ children: opts.children });
      const request = await kit.request(s.dev, s.setting.id, s.supportCase.id, { scopes: opts.scopes, minutes: opts.minutes });
      const approved = await kit.approve(s.it, request.id);
      return { ...s, request: approved };
    },

    /** A fresh session for someone whose session the moved clock has ended. */
    async signIn(who: Staff) {
      const res = await t.http().post('/api/auth/login').send({ email: who.email, password: who.password });
      expect(res.status, res.text).toBe(200);
      who.auth = { Authorization: `Bearer ${res.body.token}` };
      return who;
    },

    /** Moves the clock in steps short enough that the given people's sessions stay alive (they are re-signed). */
    async advance(ms: number, ...people: Staff[]) {
      t.clock.advance(ms);
      for (const who of people) await kit.signIn(who);
    },

    /** The consent link's token, from the email the DPO was sent. */
    async consentToken(requestId: string) {
      const mail = await t.db.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: `access-consent:${requestId}` });
      const match = /\/#\/consent\/([A-Za-z0-9_-]+)/.exec(mail.body);
      expect(match, mail.body).not.toBeNull();
      return { token: match![1]!, mail };
    },

    /** The sweep, confined to the given settings: other test files share the database and run on clocks of their own. */
    async sweep(...settingIds: string[]) {
      const result = await t.app.get(AccessRequestsService).sweep({ settingIds });
      await t.app.get(JobsService).drain();
      return result;
    },

    async auditOf(grantId: string, action?: string) {
      const rows: { action: string; actor_id: string | null; detail: Record<string, unknown>; setting_id: string | null }[] = await t.db.query(
        `SELECT action, actor_id, detail, setting_id FROM audit_events WHERE grant_id = $1 ${action ? 'AND action = $2' : ''} ORDER BY seq`,
        action ? [grantId, action] : [grantId],
      );
      return rows;
    },
  };
  return kit;
}

export const OTHER_ROLES: Role[] = ['support', 'it_manager', 'smt', 'admin'];
