import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { parseListQuery, type ListSpec } from './list-query.js';

const SPEC: ListSpec = { sortable: ['name'], filters: { kind: 'text', active: 'boolean', ownerId: 'uuid' }, search: ['name'], defaultSort: ['name', 'ASC'] };

describe('list parameters', () => {
  it('defaults to the first 25 rows in the default order', () => {
    expect(parseListQuery({}, SPEC)).toEqual({ sort: ['name', 'ASC'], range: [0, 24], filter: {} });
  });

  it('reads sort, range and filter as react-admin sends them', () => {
    expect(parseListQuery({ sort: '["name","desc"]', range: '[10,19]', filter: '{"kind":["a","b"],"q":"x","active":true}' }, SPEC))
      .toEqual({ sort: ['name', 'DESC'], range: [10, 19], filter: { kind: ['a', 'b'], q: 'x', active: true } });
  });

  it('refuses anything else with a 400', () => {
    for (const params of [
      { sort: '["secret","ASC"]' }, { range: '[0,1000]' }, { range: '[0.5,3]' }, { filter: '{"active":"yes"}' },
      { filter: '{"ownerId":"1"}' }, { filter: 'null' }, { filter: '{"unknown":1}' }, { filter: '{"kind":[1]}' },
    ]) {
      let error: unknown;
      try { parseListQuery(params, SPEC); } catch (e) { error = e; }
      expect(error, JSON.stringify(params)).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(400);
    }
  });
});
