import { expect } from 'vitest';
import { OutboxMessage } from '../../server/src/mail/outbox.entity.js';
import { uniq, type TestApp } from '../helpers/app.js';

/** Sessions outlive the days these tests move the clock through. */
export const LONG_SESSIONS = { SESSION_IDLE_MINUTES: '1000000', SESSION_MAX_HOURS: '1000000' };

export type Auth = Record<string, string>;

/** One signed-in member of each role, for the refusal tests. */
export async function signInEachRole(t: TestApp) {
  const signIn = async (role: 'support' | 'it_manager' | 'smt' | 'developer' | 'admin') => (await t.make.staff([role])).auth;
  return { support: await signIn('support'), it_: await signIn('it_manager'), smt: await signIn('smt'), developer: await signIn('developer'), admin: await signIn('admin') };
}

export async function declare(t: TestApp, auth: Auth, body: Record<string, unknown> = {}) {
  const res = await t.http().post('/api/incidents').set(auth).send({ title: uniq('Critical'), description: 'Registers will not save', ...body });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; [k: string]: unknown };
}

/** Settings with plain contact and DPO addresses (an SMTP envelope carries them exactly as written). */
export async function settings(t: TestApp, n: number, extra: Parameters<TestApp['make']['setting']>[0] = {}) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = uniq('s').toLowerCase();
    out.push(await t.make.setting({ contactEmail: `office-${id}@setting.test`, dpoEmail: `dpo-${id}@setting.test`, ...extra }));
  }
  return out;
}

export function outboxFor(t: TestApp, incidentId: string, kind?: string) {
  return t.db.getRepository(OutboxMessage).find({ where: { incidentId, ...(kind ? { kind } : {}) }, order: { createdAt: 'ASC' } });
}

export const MIN = 60_000;
export const HOURS = 60 * MIN;
export const DAYS = 24 * HOURS;
