import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidateIf } from 'class-validator';

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
