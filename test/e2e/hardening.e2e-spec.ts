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

  it('answers a route spelled in capitals or with a trailing slash as the API, with its headers and checks', async () => {
    const support = await t.make.staff(['support']);
    const upper = await t.http().get('/API/Settings/').set(support.auth);
    expect(upper.status).toBe(200);
    expect(upper.headers['cache-control']).toBe('no-store');
    expect(upper.headers['content-range']).toMatch(/^settings /);
    const before = await t.db.query('SELECT count(*)::int AS n FROM settings');
    const nul = await t.http().post('/API/SETTINGS').set(support.auth).send({ name: 'Bad\u0000Nursery', kind: 'nursery' });
    expect(nul.status).toBe(400);
    expect(nul.body.errors.map((e: { field: string }) => e.field)).toEqual(['name']);
    expect(await t.db.query('SELECT count(*)::int AS n FROM settings')).toEqual(before);
    expect((await t.http().get('/API/nothing-here').set(support.auth)).body.code).toBe('route_not_found');
  });

  it('answers a body it cannot read with the catalogue\'s 4xx and stores nothing', async () => {
    const support = await t.make.staff(['support']);
    const before = await t.db.query('SELECT count(*)::int AS n FROM settings');
    const post = () => t.http().post('/api/settings').set(support.auth);
    const malformed = await post().set('Content-Type', 'application/json').send('{"name":');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ statusCode: 400, code: 'malformed_body', message: 'the request body is not valid JSON' });
    const empty = await post().set('Content-Type', 'application/json');
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation_failed');
    const form = await post().set('Content-Type', 'application/x-www-form-urlencoded').send('name=Acorn&kind=nursery');
    expect(form.status).toBe(400);
    expect(form.body.code).toBe('validation_failed');
    const huge = await post().send({ name: 'x'.repeat(200_000), kind: 'nursery' });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
    const text = await post().set('Content-Type', 'text/plain').send('name=Acorn');
    expect(text.status).toBe(400);
    expect(text.body.code).toBe('validation_failed');
    const scalar = await post().set('Content-Type', 'application/json').send('123');
    expect(scalar.status).toBe(400);
    expect(await t.db.query('SELECT count(*)::int AS n FROM settings')).toEqual(before);
  });

  it('takes an action posted with the JSON content type and no body, as clients send them', async () => {
    const who = await t.make.staff(['support']);
    const res = await t.http().post('/api/auth/logout').set(who.auth).set('Content-Type', 'application/json');
    expect(res.status).toBe(204);
    expect((await t.http().get('/api/auth/me').set(who.auth)).status).toBe(401);
  });

  it('audits a sign-in whose body it cannot read, however the route is spelled, before it answers', async () => {
    const count = async () => Number((await t.db.query("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.login_refused' AND detail->>'reason' = 'bad_input'"))[0].n);
    const before = await count();
    const res = await t.http().post('/API/Auth/Login/').set('Content-Type', 'application/json').send('{"email":');
    expect(res.body.code).toBe('malformed_body');
    expect(await count()).toBe(before + 1);
    const poisoned = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"constructor":{"prototype":{"polluted":true}}}');
    expect(poisoned.body.code).toBe('malformed_body');
    expect(await count()).toBe(before + 2);
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
