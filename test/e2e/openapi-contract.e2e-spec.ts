import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../server/src/common/error-codes.js';
import { startApp, type TestApp } from '../helpers/app.js';

const DOCUMENT_FILE = path.resolve('admin-ui/openapi.json');
const TYPES_FILE = path.resolve('admin-ui/src/api-types.ts');
const update = process.env.UPDATE_API_TYPES === '1';

type Operation = { security?: unknown[]; parameters?: { name: string; in: string; schema?: { format?: string } }[]; responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema?: { $ref?: string } }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; security?: unknown[]; components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }>; schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } };

let t: TestApp;
let doc: Document;
beforeAll(async () => {
  t = await startApp();
  doc = (await t.http().get('/api/docs-json')).body as Document;
});
afterAll(async () => { await t.close(); });

const operations = () => Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item).map(([method, op]) => ({ path: p, method, op })));

describe('the OpenAPI contract', () => {
  it('attaches the bearer and cookie schemes to every route but the public ones', () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.cookie).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(doc.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(doc.paths['/api/auth/login']!.post!.security).toEqual([]);
    expect(doc.paths['/api/health']!.get!.security).toEqual([]);
    expect(doc.paths['/api/settings']!.get!.security).toBeUndefined();
    expect(doc.paths['/api/settings']!.get!.responses['401']).toBeDefined();
    expect(doc.paths['/api/health']!.get!.responses['401']).toBeUndefined();
  });

  it('marks every path id as a UUID', () => {
    const ids = operations().flatMap(({ op }) => (op.parameters ?? []).filter((p) => p.in === 'path' && (p.name === 'id' || p.name.endsWith('Id'))));
    expect(ids.length).toBeGreaterThan(40);
    for (const p of ids) expect(p.schema?.format, p.name).toBe('uuid');
  });

  it('documents the list parameters and the Content-Range header on list routes', () => {
    const list = doc.paths['/api/settings']!.get!;
    expect((list.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name).sort()).toEqual(['filter', 'range', 'sort']);
    expect(list.responses['200']!.headers).toHaveProperty('Content-Range');
  });

  it('states every success body: a JSON schema, or the content type of the file it is', () => {
    type Schema = { $ref?: string; type?: string; properties?: unknown; items?: Schema; anyOf?: unknown };
    // No schema, or one that says no more than "an object" (or a list of them).
    const bare = (schema?: Schema): boolean =>
      !schema || (!schema.$ref && !schema.anyOf && !schema.properties && (schema.type === 'object' || (schema.type === 'array' && bare(schema.items))));
    const missing = operations().flatMap(({ path: p, method, op }) => Object.entries(op.responses)
      .filter(([status]) => status.startsWith('2') && status !== '204')
      .filter(([, r]) => {
        const content = Object.entries(r.content ?? {});
        return content.length === 0 || content.some(([type, c]) => type === 'application/json' ? bare(c.schema as never) : !c.schema);
      })
      .map(([status]) => `${method.toUpperCase()} ${p} ${status}`));
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths['/api/public/exports/{token}']!.get!.responses['200']!.content!)).toEqual(['application/zip']);
    expect(Object.keys(doc.paths['/api/incidents/{id}/review']!.get!.responses['200']!.content!)).toEqual(['application/json', 'text/markdown']);
  });

  it('states the sortable fields of content and copy-row lists and the filters of incident tasks', () => {
    const query = (p: string, name: string) => doc.paths[p]!.get!.parameters!.find((x) => x.in === 'query' && x.name === name)!.schema as { pattern?: string };
    const contentSort = new RegExp(query('/api/settings/{settingId}/{kind}', 'sort').pattern!);
    expect(contentSort.test('["createdAt","DESC"]')).toBe(true);
    expect(contentSort.test('["dateOfBirth","ASC"]')).toBe(false); // children only: not a sort every kind accepts
    expect(new RegExp(query('/api/investigations/{id}/{kind}', 'sort').pattern!).test('["createdAt","ASC"]')).toBe(true);
    const tasks = new RegExp(query('/api/incidents/{id}/tasks', 'filter').pattern!);
    expect(tasks.test('{}')).toBe(true);
    expect(tasks.test('{"done":false,"day":2,"key":"telephone_update"}')).toBe(true);
    expect(tasks.test('{"q":"x"}')).toBe(false);
  });

  it('gives every route documented error responses whose body carries the code', () => {
    const error = doc.components.schemas.ErrorDto!;
    expect(error.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
    for (const { path: p, method, op } of operations()) {
      expect(op.responses.default?.content?.['application/json']?.schema?.$ref, `${method} ${p}`).toBe('#/components/schemas/ErrorDto');
      if (p.includes('{')) expect(op.responses['404'], `${method} ${p}`).toBeDefined();
    }
    expect(doc.paths['/api/settings/{id}']!.put!.responses['409']).toBeDefined();
  });

  it('types nullable text as nullable text, never as an object', () => {
    const setting = doc.components.schemas.SettingViewDto!.properties!;
    expect(setting.address).toMatchObject({ type: 'string', nullable: true });
    const objects = Object.entries(doc.components.schemas).flatMap(([name, s]) =>
      Object.entries(s.properties ?? {}).filter(([, v]) => (v as { type?: string }).type === 'object' && !(v as { additionalProperties?: unknown }).additionalProperties && !(v as { allOf?: unknown }).allOf && !(v as { properties?: unknown }).properties).map(([k]) => `${name}.${k}`));
    expect(objects).toEqual([]);
  });

  it('catches a response that departs from the document', () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const id = '00000000-0000-4000-8000-000000000000';
    expect(t.contract.problem('GET', `/api/settings/${id}`, 404, json, { statusCode: 404, code: 'not_found', message: 'setting not found' })).toBeNull();
    expect(t.contract.problem('GET', `/api/settings/${id}`, 404, json, { statusCode: 404, message: 'no code' })).toMatch(/code/);
    expect(t.contract.problem('GET', `/api/settings/${id}`, 200, json, { id, address: 42 })).toMatch(/address/);
    expect(t.contract.problem('GET', '/api/settings', 200, json, [{ id }])).toMatch(/Content-Range/);
    expect(t.contract.problem('GET', '/api/settings', 200, { ...json, 'content-range': 'settings 0-0/1' }, [{ id }])).toBeNull();
  });

  it('checks the responses the test agent receives', async () => {
    const { auth } = await t.make.staff(['support']);
    const res = await t.http().get('/api/settings').set(auth);
    expect(res.status).toBe(200);
    expect(t.contract.checked.get('GET /api/settings 200')).toBeGreaterThan(0);
  });

  it('gives every error a code from the catalogue, unknown routes and validation included', async () => {
    const { auth } = await t.make.staff(['support']);
    const unknown = await t.http().get('/api/nothing-here').set(auth);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: 'route_not_found' });
    const invalid = await t.http().post('/api/settings').set(auth).send({ name: 5 });
    expect(invalid.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    const anonymous = await t.http().get('/api/settings');
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'not_signed_in' });
    const forbidden = await t.http().post('/api/staff').set(auth).send({});
    expect(forbidden.body).toMatchObject({ statusCode: 403, code: 'forbidden' });
    const badList = await t.http().get('/api/settings?range=[0').set(auth);
    expect(badList.body).toMatchObject({ statusCode: 400, code: 'bad_input' });
    for (const body of [unknown.body, invalid.body, anonymous.body, forbidden.body, badList.body]) expect(ERROR_STATUS[body.code as keyof typeof ERROR_STATUS]).toBe(body.statusCode);
  });

  it('keeps the committed document and the UI types generated from it up to date (UPDATE_API_TYPES=1 writes them)', async () => {
    const document = `${JSON.stringify(doc, null, 2)}\n`;
    const types = astToString(await openapiTS(doc as never, { alphabetize: true }));
    const header = '// Generated from admin-ui/openapi.json by `npm run openapi:types`: do not edit by hand.\n';
    if (update) {
      writeFileSync(DOCUMENT_FILE, document);
      writeFileSync(TYPES_FILE, header + types);
    }
    expect(readFileSync(DOCUMENT_FILE, 'utf8'), 'admin-ui/openapi.json is out of date: npm run openapi:types').toBe(document);
    expect(readFileSync(TYPES_FILE, 'utf8'), 'admin-ui/src/api-types.ts is out of date: npm run openapi:types').toBe(header + types);
  });
});
