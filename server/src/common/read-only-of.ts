import type { Type } from '@nestjs/common';
import { Allow } from 'class-validator';
import { ReadOnlyFields } from './read-only-fields.js';

/** Where @nestjs/swagger keeps a class's documented property names (`:name`), read here so the list is never restated. */
const DOCUMENTED_PROPERTIES = 'swagger/apiModelPropertiesArray';

/** The fields a response DTO documents. */
export function documentedFields(view: Type<unknown>): string[] {
  const names = (Reflect.getMetadata(DOCUMENTED_PROPERTIES, view.prototype) as string[] | undefined) ?? [];
  return names.map((n) => n.replace(/^:/, ''));
}

/**
 * A base for an update body that accepts back, and so whitelists, every field the resource's response DTO documents:
 * a client may send the record it was given (API.md). The subclass declares, with validation, the fields that can
 * change; the service reads only those, so the rest are ignored. Nothing here is documented as part of the body.
 */
export function ReadOnlyOf(view: Type<unknown>): Type<ReadOnlyFields> {
  class ReturnedFields extends ReadOnlyFields {}
  for (const name of documentedFields(view)) Allow()(ReturnedFields.prototype, name);
  return ReturnedFields;
}
