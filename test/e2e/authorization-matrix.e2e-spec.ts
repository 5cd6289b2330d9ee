import { RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAbilityFor, ROLES, type Role } from '../../server/src/policy/abilities.js';
import { POLICY_KEY, type PolicyDeclaration } from '../../server/src/policy/policy.decorators.js';
import { startApp, type TestApp } from '../helpers/app.js';

interface Route {
  method: string;
  path: string;
  policy: PolicyDeclaration | undefined;
}

let t: TestApp;
let routes: Route[];
beforeAll(async () => {
  t = await startApp();
  routes = enumerateRoutes(t);
});
afterAll(async () => { await t.close(); });

/** Every handler of every controller, with its HTTP method, full path and policy declaration. */
function enumerateRoutes(app: TestApp): Route[] {
  const modules = app.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = app.app.get(Reflector);
  const found: Route[] = [];
  const controllers = [...modules.values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of controllers) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = (instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const path = ('/api/' + [base, sub].filter((p) => p && p !== '/').join('/')).replace(/\/+/g, '/').replace(/\/$/, '');
      const policy = reflector.getAllAndOverride<PolicyDeclaration | undefined>(POLICY_KEY, [handler, metatype as new () => unknown]);
      found.push({ method: RequestMethod[method], path, policy });
    }
  }
  return found.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

const describePolicy = (p: PolicyDeclaration | undefined) =>
  !p ? 'NONE' : p.kind === 'can' ? `can ${p.action} ${p.subject}` : p.kind;

/** The role's verdict on a route, from the one policy: what the guard must do. */
function verdict(route: Route, role: Role): 'allow' | 'deny' {
  const p = route.policy!;
  if (p.kind !== 'can') return 'allow';
  return defineAbilityFor({ id: randomUUID(), roles: [role], grants: [] }).can(p.action, p.subject) ? 'allow' : 'deny';
}

describe('the authorization matrix', () => {
  it('finds a policy declaration on every route', () => {
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('matches the reviewed snapshot of every route × role (changes only on purpose)', () => {
    const table = routes.map((r) => {
      const cells = ROLES.map((role) => `${role}:${verdict(r, role)}`).join(' ');
      return `${r.method.padEnd(6)} ${r.path.padEnd(52)} ${describePolicy(r.policy).padEnd(28)} ${cells}`;
    });
    expect(table.join('\n')).toMatchSnapshot();
  });

  it('refuses a request with no session on every route that is not public', async () => {
    for (const r of routes.filter((r) => r.policy?.kind !== 'public')) {
      const res = await call(r, undefined);
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
    }
  });

  // Every route × every role over HTTP: it grows with the API, so it gets more than the default time.
  it('answers 403 exactly where the policy denies the role, for every route and role', { timeout: 120_000 }, async () => {
    const tokens = new Map<Role, Record<string, string>>();
    for (const role of ROLES) tokens.set(role, (await t.make.staff([role])).auth);
    const live = routes.filter((r) => r.policy?.kind !== 'public' && !(r.path === '/api/auth/logout'));
    for (const r of live) {
      for (const role of ROLES) {
        const res = await call(r, tokens.get(role));
        const where = `${role} ${r.method} ${r.path} → ${res.status} ${res.text.slice(0, 120)}`;
        expect(res.status, where).not.toBe(401);
        expect(res.status, where).toBeLessThan(500);
        if (verdict(r, role) === 'deny') expect(res.status, where).toBe(403);
        else if (r.policy?.kind === 'can') expect(res.status, where).not.toBe(403);
      }
    }
  });
});

/** Calls a route with made-up ids and an empty body: enough for the guards, which run before anything else. */
function call(r: Route, auth: Record<string, string> | undefined) {
  const path = r.path
    .replace(':kind', 'children')
    .replace(':token', 'not-a-real-token')
    .replace(/:[A-Za-z]+/g, () => randomUUID());
  const req = t.http()[r.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
  if (auth) req.set(auth);
  return ['POST', 'PUT', 'PATCH'].includes(r.method) ? req.send({}) : req;
}
