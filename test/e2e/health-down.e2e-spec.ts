import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close().catch(() => undefined); });

describe('health when the database is gone', () => {
  it('answers 503 with db down', async () => {
    await t.db.destroy();
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', db: 'down' });
  });
});
