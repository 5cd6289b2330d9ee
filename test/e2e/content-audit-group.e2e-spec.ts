import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { accessKit } from './access-helpers.js';

let t: TestApp;
const logLines: string[] = [];
beforeAll(async () => { t = await startApp({ LOG_LEVEL: 'info' }, { logStream: { write: (line: string) => { logLines.push(line); } } }); });
afterAll(async () => { await t?.close(); });

const reads = async (grantId: string) =>
  Number((await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'content.read' AND grant_id = $1`, [grantId]))[0].n);

describe('content reads share their audit commits', () => {
  it('has every one of many concurrent reads audited, naming its records, before its answer arrives', async () => {
    const { dev, setting, request, content } = await accessKit(t).grant({ children: 3 });
    const answers = await Promise.all(Array.from({ length: 30 }, () => t.http().get(`/api/settings/${setting.id}/children`).set(dev.auth)));
    expect(answers.every((a) => a.status === 200 && a.body.length === 3)).toBe(true);
    expect(await reads(request.id)).toBe(30);
    const [event] = await t.db.query(`SELECT detail FROM audit_events WHERE action = 'content.read' AND grant_id = $1 LIMIT 1`, [request.id]);
    expect([...event.detail.recordIds].sort()).toEqual(content.children.map((c) => c.id).sort());
  });

  it('returns no records when their audit event cannot be written', async () => {
    const { dev, setting, request } = await accessKit(t).grant({ children: 2 });
    await t.db.query(`CREATE FUNCTION refuse_reads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'content.read' THEN RAISE EXCEPTION 'audit store unavailable'; END IF; RETURN NEW; END $$`);
    await t.db.query('CREATE TRIGGER refuse_reads BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_reads()');
    try {
      const answers = await Promise.all(Array.from({ length: 5 }, () => t.http().get(`/api/settings/${setting.id}/children`).set(dev.auth)));
      for (const a of answers) {
        expect(a.status).toBe(500);
        expect(JSON.stringify(a.body)).not.toMatch(/Kid-/);
      }
      expect(await reads(request.id)).toBe(0);
      // Each fault is logged naming the request id that its request line carries.
      const logged = logLines.map((l) => JSON.parse(l) as { reqId?: number; res?: { statusCode: number }; level: number; msg: string });
      const failed = logged.filter((l) => l.res?.statusCode === 500).map((l) => l.reqId);
      expect(failed).toHaveLength(5);
      for (const id of failed) expect(logged.some((l) => l.level === 50 && l.msg.startsWith(`request ${id}: `))).toBe(true);
    } finally {
      await t.db.query('DROP TRIGGER refuse_reads ON audit_events; DROP FUNCTION refuse_reads()');
    }
  });
});
