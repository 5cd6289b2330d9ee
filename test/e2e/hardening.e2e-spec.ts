import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => { t = await startApp(); });
afterAll(async () => { await t.close(); });

describe('HTTP hardening', () => {
  it('answers health without a session', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up' });
  });

  it('sends security headers and hides the framework', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    expect((await t.http().get('/api/docs')).status).toBe(200);
    const json = await t.http().get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toContain('/api/settings');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await t.http().get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.statusCode).toBe(404);
  });

  it('exposes Content-Range to the browser', async () => {
    expect((await t.http().get('/api/health')).headers['access-control-expose-headers']).toMatch(/Content-Range/);
  });

  it('refuses text holding a NUL character, naming the field, in a body or a query, and stores nothing', async () => {
    const support = await t.make.staff(['support']);
    const before = await t.db.query('SELECT count(*)::int AS n FROM settings');
    const res = await t.http().post('/api/settings').set(support.auth).send({ name: 'Bad\u0000Nursery', kind: 'nursery', address: { line: 'a\u0000' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['name', 'address.line']);
    expect(await t.db.query('SELECT count(*)::int AS n FROM settings')).toEqual(before);
    const list = await t.http().get('/api/settings').query({ filter: JSON.stringify({ q: 'a\u0000' }) }).set(support.auth);
    expect(list.status).toBe(400);
    expect(list.body.message).toBe('filter.q must not contain the NUL character');
  });

  it('refuses a required text that is only white space, and trims the rest', async () => {
    const support = await t.make.staff(['support']);
    const blank = await t.http().post('/api/settings').set(support.auth).send({ name: '   ', kind: 'nursery' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]).toEqual({ field: 'name', messages: ['name must not be blank'] });
    const padded = await t.http().post('/api/settings').set(support.auth).send({ name: '  Acorn Nursery  ', kind: 'nursery' });
    expect(padded.status).toBe(201);
    expect(padded.body.name).toBe('Acorn Nursery');
  });
});
