import { rulesToAST } from '@casl/ability/extra';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Action, AppAbility, SubjectName } from './abilities.js';

interface FieldNode { operator: string; field: string; value: unknown }
interface CompoundNode { operator: 'and' | 'or' | 'not'; value: Node[] }
type Node = FieldNode | CompoundNode;

let calls = 0;
const isCompound = (node: Node): node is CompoundNode => ['and', 'or', 'not'].includes(node.operator);

/**
 * Narrows a list query to the rows the ability allows. No rule means no rows (`FALSE`), never "no filter";
 * the condition is added with andWhere so earlier conditions stay in force.
 */
export function whereAccessible<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
): SelectQueryBuilder<T> {
  const ast = rulesToAST(ability, action, subject as never) as Node | null;
  if (ast === null) return qb.andWhere('FALSE');
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const params: Record<string, unknown> = {};
  const prefix = `acl${++calls}_`;
  const param = (value: unknown) => {
    const name = `${prefix}${Object.keys(params).length}`;
    params[name] = value;
    return name;
  };
  const column = (field: string) => {
    const col = metadata.findColumnWithPropertyPath(field);
    if (!col) throw new Error(`policy condition on unknown field ${subject}.${field}`);
    return `${qb.alias}.${col.databaseName}`;
  };
  const sql = (node: Node): string => {
    if (isCompound(node)) {
      if (node.operator === 'not') return `NOT (${sql(node.value[0]!)})`;
      if (node.value.length === 0) return node.operator === 'and' ? 'TRUE' : 'FALSE';
      return `(${node.value.map(sql).join(node.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    const { operator, field, value } = node;
    switch (operator) {
      case 'eq': return `${column(field)} = :${param(value)}`;
      case 'ne': return `${column(field)} IS DISTINCT FROM :${param(value)}`;
      case 'in': return `${column(field)} IN (:...${param(value)})`;
      case 'nin': return `${column(field)} NOT IN (:...${param(value)})`;
      default: throw new Error(`policy operator "${operator}" has no SQL form`);
    }
  };
  return qb.andWhere(`(${sql(ast)})`, params);
}
