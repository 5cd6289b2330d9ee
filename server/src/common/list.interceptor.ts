import { applyDecorators, Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtraModels, ApiOkResponse, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { listHeaders, MAX_RANGE_ROWS, type ListResult, type ListSpec } from '../database/list-query.js';

const LIST_RESOURCE = 'custodian:list-resource';

/** The resource name `Content-Range` carries: fixed, or read from the request (content kinds share one route). */
export type ListResource = string | ((req: FastifyRequest<{ Params: Record<string, string> }>) => string);

/** Writes `Content-Range` and `X-Total-Estimated` from the handler's `ListResult`, and answers with its rows. */
@Injectable()
export class ListInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const resource = this.reflector.get<ListResource>(LIST_RESOURCE, context.getHandler());
    const http = context.switchToHttp();
    return next.handle().pipe(
      map((result: ListResult<unknown> | unknown[]) => {
        // A handler that still writes its own headers hands back the rows themselves.
        if (Array.isArray(result)) return result;
        const name = typeof resource === 'function' ? resource(http.getRequest()) : resource;
        http.getResponse<FastifyReply>().headers(listHeaders(name, result));
        return result.rows;
      }),
    );
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The react-admin list parameters, as the document describes them. With the resource's list spec, `sort` names exactly
 * the sortable fields; `range` is stated as the pages a client asks for (from 0, under the row cap), a subset of what is
 * accepted, since "first <= last" is beyond a pattern.
 */
export const ApiListParams = (given?: ListSpec | Record<string, ListSpec>) => {
  const { spec, byKind } = kindSpecs(given);
  return applyDecorators(
    ApiQuery({
      name: 'sort', required: false, type: String, example: spec ? `["${spec.defaultSort[0]}","${spec.defaultSort[1]}"]` : '["id","ASC"]',
      description: spec ? `JSON \`["field","ASC"|"DESC"]\`; sortable: ${spec.sortable.join(', ')}` : 'JSON `["field","ASC"|"DESC"]`',
      ...(spec ? { pattern: String.raw`^\["(${spec.sortable.map(escape).join('|')})","(ASC|DESC)"\]$` } : {}),
    }),
    ApiQuery({
      name: 'range', required: false, type: String, example: '[0,24]', pattern: String.raw`^\[0,([0-9]|[1-9][0-9]{1,${String(MAX_RANGE_ROWS - 1).length - 1}})\]$`,
      description: `JSON \`[first,last]\`, inclusive, at most ${MAX_RANGE_ROWS} rows`,
    }),
    ApiQuery({
      name: 'filter', required: false, type: String, example: '{}',
      description: byKind
        ? `JSON object: \`{"field": value | [values], "q": "text"}\`; fields by kind: ${Object.entries(byKind).map(([kind, s]) => `${kind}: ${filterFields(s).join(', ')}`).join('; ')}`
        : spec
        ? `JSON object: \`{"field": value | [values], "q": "text"}\`; fields: id, q, ${[...Object.keys(spec.filters), ...Object.keys(spec.ranges ?? {}).flatMap((r) => [`${r}_gte`, `${r}_lte`])].join(', ')}`
        : 'JSON object: `{"field": value | [values], "q": "text"}`',
      // Stated as the search a client sends; other filters are described above.
      pattern: String.raw`^\{("q":"[^"\\\x00-\x1f]*")?\}$`,
    }),
  );
};

const filterFields = (spec: ListSpec) => ['id', 'q', ...Object.keys(spec.filters), ...Object.keys(spec.ranges ?? {}).flatMap((r) => [`${r}_gte`, `${r}_lte`])];

/**
 * One spec, or one per kind of a route whose `:kind` picks the spec: then the pattern states the sort every kind
 * accepts (the fields all kinds share, the first kind's default order) and the description each kind's fields.
 */
function kindSpecs(given?: ListSpec | Record<string, ListSpec>): { spec?: ListSpec; byKind?: Record<string, ListSpec> } {
  if (!given || 'sortable' in given) return { spec: given as ListSpec | undefined };
  const byKind = given as Record<string, ListSpec>;
  const all = Object.values(byKind);
  const shared = all[0]!.sortable.filter((f) => all.every((s) => (s.sortable as readonly string[]).includes(f)));
  return { byKind, spec: { sortable: shared, filters: {}, search: [], defaultSort: [shared[0]!, all[0]!.defaultSort[1]] } };
}

/**
 * A list route: the handler returns a `ListResult`, the interceptor answers with its rows and the headers react-admin
 * reads the total from; the document gets the list parameters, the row schema and the headers.
 */
export function ListOf(resource: ListResource, row?: Type<unknown> | Type<unknown>[], options: { params?: boolean; spec?: ListSpec | Record<string, ListSpec> } = {}) {
  const rows = row === undefined ? [] : Array.isArray(row) ? row : [row];
  return applyDecorators(
    SetMetadata(LIST_RESOURCE, resource),
    UseInterceptors(ListInterceptor),
    ...(options.params === false ? [] : [ApiListParams(options.spec)]),
    ...(rows.length ? [ApiExtraModels(...rows)] : []),
    ApiOkResponse({
      description: 'one page of the list',
      schema: { type: 'array', items: rows.length > 1 ? { anyOf: rows.map((r) => ({ $ref: getSchemaPath(r) })) } : rows.length ? { $ref: getSchemaPath(rows[0]!) } : { type: 'object' } },
      headers: {
        'Content-Range': { description: '`<resource> <first>-<last>/<total>`, or `<resource> */<total>` for an empty page', schema: { type: 'string' } },
        'X-Total-Estimated': { description: '`true` when the total is the planner\'s estimate', required: false, schema: { type: 'string', enum: ['true'] } },
      },
    }),
  );
}
