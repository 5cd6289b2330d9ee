import { ApiHideProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * Fields the server keeps. A client may send back the record it was given, so these are accepted on PUT and
 * then ignored; they never reach an entity.
 */
export class ReadOnlyFields {
  @ApiHideProperty() @Allow() id?: unknown;
  @ApiHideProperty() @Allow() createdAt?: unknown;
  @ApiHideProperty() @Allow() updatedAt?: unknown;
}

export function withoutReadOnly<T extends object>(dto: T, extra: readonly string[] = []): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dto)) {
    if (value === undefined || ['id', 'createdAt', 'updatedAt', ...extra].includes(key)) continue;
    out[key] = value;
  }
  return out as Partial<T>;
}
