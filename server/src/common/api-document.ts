import { applyDecorators, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { POLICY_KEY, type PolicyDeclaration } from '../policy/policy.decorators.js';
import { ErrorCode } from './error-codes.js';

export class FieldErrorDto {
  @ApiProperty({ description: 'the field at fault, as a path (`children.0.name`)' }) field!: string;
  @ApiProperty({ type: [String] }) messages!: string[];
}

/** The body of every error response. */
export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' }) code!: ErrorCode;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const DESCRIPTION: Record<number, string> = {
  400: 'bad input: the fields at fault are named',
  401: 'not signed in',
  403: 'signed in but not allowed',
  404: 'unknown id, or one the caller may not know exists',
  409: 'the resource is not in a state that allows this',
  410: 'the resource is gone',
  413: 'the body is too large',
  423: 'the account is locked',
  429: 'too many attempts',
};

const errorResponse = (status: number) => ({
  description: DESCRIPTION[status] ?? 'error',
  content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorDto) } } },
});

/** Refusals a route gives beyond the ones every route of its kind documents (e.g. `409`, `410`, `423`). */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(ApiExtraModels(ErrorDto), ...statuses.map((status) => ApiResponse({ status, ...errorResponse(status) })));

interface RouteFacts {
  policy?: PolicyDeclaration;
  /** The status set by `@HttpCode`, if any. */
  status?: number;
}

/** Every route's policy and success status, by the operation id the document gives it (`<Controller>_<method>`). */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const out = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const classPolicy = Reflect.getMetadata(POLICY_KEY, type) as PolicyDeclaration | undefined;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        if (name === 'constructor') continue;
        const handler = Object.getOwnPropertyDescriptor(type.prototype, name)?.value;
        if (typeof handler !== 'function') continue;
        const policy = (Reflect.getMetadata(POLICY_KEY, handler) as PolicyDeclaration | undefined) ?? classPolicy;
        out.set(`${type.name}_${name}`, { policy, status: Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined });
      }
    }
  }
  return out;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
}

/** Keywords that narrow a value: the ones the validators enforce and the document must state. */
const CONSTRAINTS = ['format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'uniqueItems'] as const;

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema };

function narrow(target: Schema, from: Schema | undefined): void {
  if (!from || target.$ref) return;
  for (const key of CONSTRAINTS) if (from[key] !== undefined && target[key] === undefined) target[key] = from[key];
  if (from.type === 'integer' && target.type === 'number') target.type = 'integer';
  if (target.items && from.items) narrow(target.items, from.items);
}

/**
 * Body schemas state what their class-validator decorators enforce (formats, patterns, lengths, bounds), read from the
 * validators themselves, so an input valid by the document is one the server accepts.
 */
function withValidatorConstraints(document: OpenAPIObject): void {
  const derived = validationMetadatasToSchemas({ refPointerPrefix: '#/components/schemas/' }) as Record<string, Schema>;
  for (const [name, schema] of Object.entries((document.components?.schemas ?? {}) as Record<string, Schema>)) {
    const rules = derived[name]?.properties;
    if (!rules) continue;
    for (const [prop, target] of Object.entries(schema.properties ?? {})) narrow(target, rules[prop]);
  }
}

/**
 * What every route shares, written once: the sign-in schemes (none on public routes), path ids as UUIDs, and the
 * error responses a route of its kind can give, all with the error body and its code.
 */
export function finishDocument(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const byOperation = routeFacts(app);
  withValidatorConstraints(document);
  document.security = [{ bearer: [] }, { cookie: [] }];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const facts = op.operationId ? byOperation.get(op.operationId) : undefined;
      const open = facts?.policy?.kind === 'public';
      // A route that documents only its refusals still answers its own success status.
      if (!Object.keys(op.responses).some((s) => s.startsWith('2'))) {
        op.responses[String(facts?.status ?? (method === 'post' ? 201 : 200))] = { description: 'done' };
      }
      if (open) op.security = [];
      for (const p of op.parameters ?? []) {
        if (p.in === 'path' && (p.name === 'id' || p.name.endsWith('Id'))) p.schema = { type: 'string', format: 'uuid' };
      }
      const statuses = new Set<number>();
      if (op.requestBody || (op.parameters ?? []).some((p) => p.in === 'query' || p.in === 'path')) statuses.add(400);
      if (op.requestBody) statuses.add(413);
      if (!open) [401, 403].forEach((s) => statuses.add(s));
      if (path.includes('{')) statuses.add(404);
      for (const status of statuses) op.responses[String(status)] ??= errorResponse(status);
      // Anything else the catalogue can answer with still carries the error body.
      op.responses.default ??= { description: 'any other refusal', content: errorResponse(500).content };
    }
  }
  return document;
}

/** The success response of a route, by its DTO: `200` unless given (`201` for a creation). */
export const Returns = (type: Type<unknown> | [Type<unknown>], status = 200) => ApiResponse({ status, type, description: status === 201 ? 'created' : 'done' });

/** The success response of a route that answers with one of several shapes (a row of whichever kind was asked for). */
export const ReturnsAnyOf = (types: Type<unknown>[], status = 200) =>
  applyDecorators(
    ApiExtraModels(...types),
    ApiResponse({ status, description: 'done', content: { 'application/json': { schema: { anyOf: types.map((t) => ({ $ref: getSchemaPath(t) })) } } } }),
  );

/** The success response of a route that answers with a file rather than JSON, by its content type. */
export const ReturnsFile = (contentType: string, status = 200, description = 'the file') =>
  ApiResponse({ status, description, content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } });
