import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Observation } from '../../server/src/content/content.entities.js';
import { InvestigationDatabase } from '../../server/src/database/investigation-database.js';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

// A copy is made in a worker thread with a bounded heap. One that outgrows it (here: an observation of several MB of
// words that read as names, with the bound low) stops half-way; the server does not, and nothing of the copy is kept.
let t: TestApp;
let kit: ReturnType<typeof accessKit>;
beforeAll(async () => {
  t = await startApp({ INVESTIGATION_COPY_MEMORY_MB: '48' });
  kit = accessKit(t);
});
afterAll(async () => { await t.close(); });

const KINDS = ['copies', 'children', 'observations', 'parents', 'media'] as const;

async function investigationRows() {
  const store = await t.app.get(InvestigationDatabase).source();
  const counts: Record<string, number> = {};
  for (const table of KINDS) counts[table] = ((await store.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n;
  // A thread that died inside its transaction must not leave that transaction open either.
  const [open] = (await store.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  )) as { n: number }[];
  return { ...counts, openTransactions: open!.n };
}

describe('an investigation copy whose thread runs out of memory', () => {
  it('fails with 503 investigation_copy_failed, keeps nothing in either database, and the grant can copy again', async () => {
    const g = await kit.grant({ scopes: ['children', 'observations', 'parents', 'media'] });
    // Children are copied first: they are written before the observations stop the thread.
    const huge = Array.from({ length: 400_000 }, (_, i) => `Zarquon${i.toString(36)} Vellacott`).join(' ');
    await t.db.getRepository(Observation).update({ id: g.content.observations[1]!.id }, { text: huge });

    const failed = await t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(g.dev.auth);
    expect(failed.status, failed.text).toBe(503);
    expect(failed.body).toEqual({
      statusCode: 503, code: 'investigation_copy_failed', message: 'the copy is too large to make within its memory limit; nothing of it was kept',
    });

    // The thread's connection closes as it ends; PostgreSQL may take a moment to notice.
    await vi.waitFor(async () => expect(await investigationRows()).toEqual({ copies: 0, children: 0, observations: 0, parents: 0, media: 0, openTransactions: 0 }), { timeout: 5000, interval: 100 });
    const listed = await t.http().get(`/api/investigations?requestId=${g.request.id}`).set(g.dev.auth);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([]);
    expect(await kit.auditOf(g.request.id, 'investigation.created')).toEqual([]);
    expect(await kit.auditOf(g.request.id, 'content.copy')).toEqual([]);

    // The server is still there, and the same grant copies once the content fits.
    await t.db.getRepository(Observation).update({ id: g.content.observations[1]!.id }, { text: 'Read a book about the seaside.' });
    const copied = await t.http().post(`/api/access-requests/${g.request.id}/investigation`).set(g.dev.auth);
    expect(copied.status, copied.text).toBe(201);
    expect(copied.body.counts).toEqual({ children: 3, observations: 3, parents: 3, media: 3 });
    expect(await investigationRows()).toMatchObject({ copies: 1, children: 3, observations: 3, openTransactions: 0 });
  });
});
