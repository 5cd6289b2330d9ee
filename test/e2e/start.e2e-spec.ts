import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/src/cli/demo-seed.js';
import { newDatabase } from '../helpers/app.js';

// `npm start` as a new install meets it: the built server (npm test builds it first) on an empty database.
let database: Awaited<ReturnType<typeof newDatabase>>;
beforeAll(async () => { database = await newDatabase({ empty: true }); });
afterAll(async () => { await database.drop(); });

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** True once /api/health answers; false when the process ends first or the time runs out. */
async function waitForHealth(base: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end && child.exitCode === null; await new Promise((r) => setTimeout(r, 250))) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return true;
    } catch { /* not listening yet */ }
  }
  return false;
}

describe('starting the product on an empty database', () => {
  it('migrates, loads the demo data (its incident and access request included), serves the UI and API, and stops cleanly', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/server/src/main.js'], {
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => { output += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
    const base = `http://127.0.0.1:${port}`;
    try {
      expect(await waitForHealth(base, child, 60_000), output).toBe(true);
      expect(output).toContain('applied migrations');
      expect((await fetch(`${base}/`)).headers.get('content-type')).toMatch(/text\/html/);

      const smt = DEMO_STAFF.find((s) => s.role === 'smt')!;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: smt.email, password: smt.password }),
      });
      expect(login.status).toBe(200);
      const { token } = (await login.json()) as { token: string };
      const auth = { authorization: `Bearer ${token}` };
      expect((await fetch(`${base}/api/settings`, { headers: auth })).headers.get('content-range')).toMatch(/\/24$/);
      expect((await fetch(`${base}/api/incidents`, { headers: auth })).headers.get('content-range')).toMatch(/\/1$/);
      expect((await fetch(`${base}/api/access-requests`, { headers: auth })).headers.get('content-range')).toMatch(/\/1$/);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
    const code = child.exitCode ?? (await once(child, 'exit'))[0];
    expect(code, output).toBe(0);
  }, 90_000);
});
