import { applyDecorators, Injectable, SetMetadata, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtraModels, ApiOkResponse, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { listHeaders, MAX_RANGE_ROWS, type ListResult } from '../database/list-query.js';

const LIST_RESOURCE = 'custodian:list-resource';

/** The resource name `Content-Range` carries: fixed, or read from the request (content kinds share one route). */
export type ListResource = string | ((req: Request) => string);

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
        const name = typeof resource === 'function' ? resource(http.getRequest<Request>()) : resource;
        for (const [header, value] of Object.entries(listHeaders(name, result))) http.getResponse<Response>().setHeader(header, value);
        return result.rows;
      }),
    );
  }
}

/** The react-admin list parameters, as the document describes them. */
export const ApiListParams = () =>
  applyDecorators(
    ApiQuery({ name: 'sort', required: false, type: String, description: 'JSON `["field","ASC"|"DESC"]`', example: '["id","ASC"]' }),
    ApiQuery({ name: 'range', required: false, type: String, description: `JSON \`[first,last]\`, inclusive, at most ${MAX_RANGE_ROWS} rows`, example: '[0,24]' }),
    ApiQuery({ name: 'filter', required: false, type: String, description: 'JSON object: `{"field": value | [values], "q": "text"}`', example: '{}' }),
  );

/**
 * A list route: the handler returns a `ListResult`, the interceptor answers with its rows and the headers react-admin
 * reads the total from; the document gets the list parameters, the row schema and the headers.
 */
export function ListOf(resource: ListResource, row?: Type<unknown>, options: { params?: boolean } = {}) {
  return applyDecorators(
    SetMetadata(LIST_RESOURCE, resource),
    UseInterceptors(ListInterceptor),
    ...(options.params === false ? [] : [ApiListParams()]),
    ...(row ? [ApiExtraModels(row)] : []),
    ApiOkResponse({
      description: 'one page of the list',
      schema: { type: 'array', items: row ? { $ref: getSchemaPath(row) } : { type: 'object' } },
      headers: {
        'Content-Range': { description: '`<resource> <first>-<last>/<total>`, or `<resource> */<total>` for an empty page', schema: { type: 'string' } },
        'X-Total-Estimated': { description: '`true` when the total is the planner\'s estimate', required: false, schema: { type: 'string', enum: ['true'] } },
      },
    }),
  );
}
