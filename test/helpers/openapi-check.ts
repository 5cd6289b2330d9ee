import validatorModule from 'openapi-response-validator';
import type { Response } from 'supertest';

// A CommonJS package: its class is the default export's `default`, or the default export itself, depending on the loader.
type ValidatorClass = typeof validatorModule.default;
const OpenAPIResponseValidator: ValidatorClass = (validatorModule as unknown as { default?: ValidatorClass }).default ?? (validatorModule as unknown as ValidatorClass);
type Validator = InstanceType<ValidatorClass>;

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components?: Record<string, unknown>;
}

interface Route {
  pattern: RegExp;
  template: string;
  operations: Document['paths'][string];
}

/**
 * Checks real responses against the OpenAPI document the app serves: the status must be one the operation documents,
 * and a JSON body must match that response's schema. Routes the document does not know (an unknown path) are left alone.
 */
export class ResponseContract {
  private readonly routes: Route[];
  private readonly validators = new Map<string, Validator>();
  /** Responses checked, by `METHOD /template status`: the coverage a run reached. */
  readonly checked = new Map<string, number>();

  constructor(private readonly document: Document) {
    this.routes = Object.entries(document.paths)
      .map(([template, operations]) => ({
        template,
        operations,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      }))
      // Literal segments win over parameters (`/incidents/dashboard` before `/incidents/{id}`).
      .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  /** What is wrong with this response, or null when it matches the document. */
  problem(method: string, url: string, status: number, headers: Record<string, string | undefined>, body: unknown): string | null {
    const contentType = headers['content-type'];
    const path = new URL(url, 'http://x').pathname;
    const route = this.routes.find((r) => r.pattern.test(path));
    const op = route?.operations[method.toLowerCase()];
    if (!route || !op) return null;
    const key = `${method.toUpperCase()} ${route.template}`;
    this.checked.set(`${key} ${status}`, (this.checked.get(`${key} ${status}`) ?? 0) + 1);
    if (!op.responses[String(status)] && !op.responses.default) return `${key} answered ${status}, which the document does not list`;
    const documented = (op.responses[String(status)] ?? op.responses.default) as { headers?: Record<string, { required?: boolean }> };
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      if (header.required !== false && headers[name.toLowerCase()] === undefined) return `${key} ${status} lacks the ${name} header the document promises`;
    }
    if (!contentType?.startsWith('application/json')) return null;
    let validator = this.validators.get(key);
    if (!validator) {
      const responses = Object.fromEntries(Object.entries(op.responses).map(([code, r]) => {
        const schema = (r as { content?: Record<string, { schema?: unknown }> }).content?.['application/json']?.schema;
        return [code, { schema: (schema ?? {}) as never }];
      }));
      validator = new OpenAPIResponseValidator({ responses, components: this.document.components as never });
      this.validators.set(key, validator);
    }
    const error = validator.validateResponse(String(status), body);
    return error ? `${key} ${status}: ${JSON.stringify(error.errors).slice(0, 1000)}` : null;
  }

  /** Throws, failing the request's test, when the response departs from the document. */
  assert(res: Response): void {
    const req = (res as unknown as { req: { method: string; path: string } }).req;
    const found = this.problem(req.method, req.path, res.status, res.headers as Record<string, string>, res.body);
    if (found) throw new Error(`response does not match the OpenAPI document: ${found}`);
  }
}
