import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { CommonError } from '../../common/domain-error.js';
import { MAX_RANGE_ROWS, parseJson } from '../../database/list-query.js';
import type { TaskFilter } from '../incident-updates.service.js';
import { TASK_KEYS, type TaskKey } from '../playbook.js';

const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TASK_FILTER_FIELD = `("day":[1-9][0-9]{0,3}|"settingId":"${UUID_TEXT}"|"(perSetting|done)":(true|false)|"key":"(${TASK_KEYS.join('|')})")`;
/** The task filters as the document states them: a JSON object of the accepted fields, each with a value it accepts. */
const TASK_FILTER_PATTERN = `^\\{(${TASK_FILTER_FIELD}(,${TASK_FILTER_FIELD})*)?\\}$`;

/** Direct parameters, or react-admin's list parameters (`filter` with the same names, `range`, `sort`). */
export class TasksQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10_000, description: 'only the tasks of this incident day' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) day?: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() settingId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) done?: 'true' | 'false';
  @ApiPropertyOptional({ enum: TASK_KEYS }) @IsOptional() @IsIn(TASK_KEYS) key?: TaskKey;
  @ApiPropertyOptional({
    description: `JSON object; fields: day (a day number from 1), settingId (a uuid, or a list of them), perSetting (boolean), done (boolean), key (${TASK_KEYS.join(', ')})`,
    example: '{"done":false}', pattern: TASK_FILTER_PATTERN,
  }) @IsOptional() @IsString() filter?: string;
  @ApiPropertyOptional({ description: 'JSON: [first, last]' }) @IsOptional() @IsString() range?: string;
  @ApiPropertyOptional({ description: 'JSON: ["day", "ASC"]; tasks come in playbook order', example: '["day","ASC"]', pattern: String.raw`^\["(day|key|id)","(ASC|DESC)"\]$` })
  @IsOptional() @IsString() sort?: string;
}

export class ReviewQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'markdown'] }) @IsOptional() @IsIn(['json', 'markdown']) format?: 'json' | 'markdown';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The task filter from either form of the query; a malformed one is a 400 naming the parameter. */
export function taskQuery(q: TasksQueryDto): { filter: TaskFilter; range?: [number, number] } {
  const filter: TaskFilter = {
    ...(q.day !== undefined ? { day: q.day } : {}),
    ...(q.settingId ? { settingId: q.settingId } : {}),
    ...(q.done !== undefined ? { done: q.done === 'true' } : {}),
    ...(q.key ? { key: q.key } : {}),
  };
  if (q.filter !== undefined) {
    const f = parseJson('filter', q.filter);
    if (!f || typeof f !== 'object' || Array.isArray(f)) throw CommonError.badInput('filter must be a JSON object');
    for (const [name, value] of Object.entries(f as Record<string, unknown>)) {
      if (name === 'day' && Number.isSafeInteger(value) && (value as number) >= 1) filter.day = value as number;
      else if (name === 'settingId' && typeof value === 'string' && UUID.test(value)) filter.settingId = value;
      else if (name === 'settingId' && Array.isArray(value) && value.length <= MAX_RANGE_ROWS && value.every((v) => typeof v === 'string' && UUID.test(v))) {
        filter.settingId = value as string[];
      } else if (name === 'perSetting' && typeof value === 'boolean') filter.perSetting = value;
      else if (name === 'done' && typeof value === 'boolean') filter.done = value;
      else if (name === 'key' && (TASK_KEYS as readonly unknown[]).includes(value)) filter.key = value as TaskKey;
      else throw CommonError.badInput(`filter ${name}: filters are day (number), settingId (uuid or uuids), perSetting, done (booleans), key (a task key)`);
    }
  }
  if (q.sort !== undefined) {
    const s = parseJson('sort', q.sort);
    if (!Array.isArray(s) || !['day', 'key', 'id'].includes(s[0]) || !['ASC', 'DESC'].includes(String(s[1]).toUpperCase())) {
      throw CommonError.badInput('sort: tasks come in playbook order; sort may be ["day","ASC"]');
    }
  }
  if (q.range === undefined) return { filter };
  const r = parseJson('range', q.range);
  if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isSafeInteger(n) && n >= 0) || r[1] < r[0] || r[1] - r[0] >= MAX_RANGE_ROWS * 50) {
    throw CommonError.badInput('range must be [first,last]');
  }
  return { filter, range: [r[0], r[1]] };
}
