import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';
import { investigationUrlFor } from './investigation-database.js';

describe('where investigation copies live', () => {
  it('defaults to the main database name with _investigation, on the same server and credentials', () => {
    expect(investigationUrlFor('postgres://app:secret@db.internal:5432/custodian?sslmode=require'))
      .toBe('postgres://app:secret@db.internal:5432/custodian_investigation?sslmode=require');
    expect(investigationUrlFor('postgres://postgres@127.0.0.1:54329/custodian_test_x1')).toBe('postgres://postgres@127.0.0.1:54329/custodian_test_x1_investigation');
  });

  it('takes INVESTIGATION_DATABASE_URL when set, and refuses one that is not a PostgreSQL URL', () => {
    expect(loadConfig({}).investigationDatabaseUrl).toBeUndefined();
    expect(loadConfig({ INVESTIGATION_DATABASE_URL: 'postgres://i@apart:5432/copies' }).investigationDatabaseUrl).toBe('postgres://i@apart:5432/copies');
    expect(() => loadConfig({ INVESTIGATION_DATABASE_URL: 'mysql://x/y' })).toThrow(ConfigError);
    expect(() => loadConfig({ INVESTIGATION_DATABASE_URL: 'not a url' })).toThrow(/INVESTIGATION_DATABASE_URL/);
  });
});
