import { permittedFieldsOf } from '@casl/ability/extra';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { whereAccessible } from '../policy/accessible-where.js';
import type { Action, SubjectName } from '../policy/abilities.js';
import { selectableColumns } from './plain-rows.js';

/**
 * The entity's columns a principal may read of a subject: the policy's field list where its rules name one, every
 * selectable column where they do not. `id` is always kept, so a row can still be addressed.
 */
export function permittedColumns(me: Principal, action: Action, subject: SubjectName, all: readonly string[]): string[] {
  const fields = permittedFieldsOf(me.ability, action, subject as never, { fieldsFrom: (rule) => rule.fields || [...all] });
  return [...new Set(['id', ...fields.filter((f) => all.includes(f))])];
}

/**
 * The one way a repository reads rows on a principal's behalf: narrowed to the rows the policy allows for `action`
 * (no rule, no rows) and selecting only the fields the policy lets this principal read, so a forbidden field cannot
 * be selected by mistake.
 */
export function policyScoped<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  me: Principal,
  action: Action,
  subject: SubjectName,
  alias = 'r',
): SelectQueryBuilder<T> {
  const qb = manager.getRepository(entity).createQueryBuilder(alias);
  const all = selectableColumns(qb.expressionMap.mainAlias!.metadata).map((c) => c.propertyPath);
  qb.select(permittedColumns(me, action, subject, all).map((f) => `${alias}.${f}`));
  return whereAccessible(qb, me.ability, action, subject);
}
