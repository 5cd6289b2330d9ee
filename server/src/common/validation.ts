import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches, ValidateIf } from 'class-validator';
import { ErrorCode } from './error-codes.js';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Whitelist validation: unknown fields are refused, and every 400 names the fields at fault. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return new BadRequestException({
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: `invalid input: ${list.map((e) => e.field).join(', ')}`,
        errors: list,
      });
    },
  });
}

/** Optional, but never null: validated whenever the field is sent (`@IsOptional` would let null through). */
export const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Optional and nullable: validated only when a value other than null is sent. */
export const IfValue = () => ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);

/** Leading and trailing white space is dropped before validation, so `NotBlank` and lengths see the real text. */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Text that must say something: white space alone is refused. */
export const NotBlank = (message = '$property must not be blank') => Matches(/\S/, { message });

/** Where a parsed body or query holds a string with U+0000 in it, as field paths (`children.0.name`). */
export function nulCharacterFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || '(body)'] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => nulCharacterFields(v, path ? `${path}.${key}` : key));
}

/** PostgreSQL cannot store U+0000 in text, so a request carrying one is refused up front, naming the fields; undefined when there is none. */
export function nulCharacterRefusal(body: unknown, query: unknown) {
  const fields = [...nulCharacterFields(body), ...nulCharacterFields(query).map((f) => `query ${f}`)];
  if (fields.length === 0) return undefined;
  const messages = ['must not contain the NUL character'];
  return {
    statusCode: 400,
    code: ErrorCode.ValidationFailed,
    message: `invalid input: ${fields.join(', ')}`,
    errors: fields.map((field) => ({ field, messages })),
  };
}
