import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

// Needs the built UI (`npm run build:ui`), as the browser tests do.
const dist = path.resolve('admin-ui/dist');
let t: TestApp;
let entry: string;
beforeAll(async () => {
  t = await startApp({}, { serveUi: true });
  entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))![1]!;
});
afterAll(async () => { await t?.close(); });

describe('the admin UI on the wire', () => {
  it('serves index.html compressed and never from a cache unchecked', async () => {
    const res = await t.http().get('/').set('Accept-Encoding', 'br, gzip').buffer(true).parse((r, cb) => { const c: Buffer[] = []; r.on('data', (d: Buffer) => c.push(d)); r.on('end', () => cb(null, Buffer.concat(c))); });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers.etag, 'revalidated by its ETag').toBeDefined();
  });

  it('serves hashed assets with brotli when asked, gzip otherwise, cached immutable for a year', async () => {
    const br = await t.http().get(entry).set('Accept-Encoding', 'gzip, deflate, br').buffer(true).parse((r, cb) => { const c: Buffer[] = []; r.on('data', (d: Buffer) => c.push(d)); r.on('end', () => cb(null, Buffer.concat(c))); });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    const raw = fs.statSync(path.join(dist, entry)).size;
    expect(Number(br.headers['content-length'])).toBeLessThan(raw / 2);
    const gz = await t.http().get(entry).set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await t.http().get(entry).set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(raw);
  });

  it('falls back to index.html, uncached, for a client-side route', async () => {
    const res = await t.http().get('/consent/abc').set('Accept-Encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('<div id="root">');
  });

  it('leaves the API uncached and unknown API paths to the API (a JSON 404, never a file)', async () => {
    const res = await t.http().get('/api/settings');
    expect(res.status).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
    // API answers are never cached, so they carry no ETag (hashing every body would be wasted work).
    const health = await t.http().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.headers.etag).toBeUndefined();
    const unknown = await t.http().get('/api/index.html');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/json/);
  });

  it('splits screens into their own chunks', () => {
    const chunks = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    for (const screen of ['settings', 'staff', 'incidents', 'audit-events']) expect(chunks.some((f) => f.startsWith(`${screen}-`))).toBe(true);
  });
});
