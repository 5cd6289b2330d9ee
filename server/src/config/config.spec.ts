import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000, databaseUrl: undefined, smtpUrl: undefined, mailFrom: 'custodian@localhost', criticalEmail: 'critical@localhost',
      sessionIdleMinutes: 15, sessionMaxHours: 12, loginMaxAttempts: 3, lockoutMinutes: 15, accessDefaultMinutes: 240,
      accessMaxMinutes: 2880, investigationMaxHours: 48, cadenceDay1Minutes: 60, cadenceLaterMinutes: 180, reminderLeadMinutes: 10,
    });
  });

  it('stops on a bad value with one line naming the variable', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /^PORT /],
      [{ PORT: '70000' }, /^PORT /],
      [{ SESSION_IDLE_MINUTES: '0' }, /^SESSION_IDLE_MINUTES /],
      [{ LOGIN_MAX_ATTEMPTS: '-1' }, /^LOGIN_MAX_ATTEMPTS /],
      [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL /],
      [{ SMTP_URL: 'not a url' }, /^SMTP_URL /],
      [{ CRITICAL_EMAIL: 'nobody' }, /^CRITICAL_EMAIL /],
      [{ ACCESS_DEFAULT_MINUTES: '600', ACCESS_MAX_MINUTES: '60' }, /^ACCESS_DEFAULT_MINUTES /],
    ];
    for (const [env, message] of cases) {
      const attempt = () => loadConfig(env);
      expect(attempt, JSON.stringify(env)).toThrow(ConfigError);
      expect(attempt, JSON.stringify(env)).toThrow(message);
    }
  });

  it('never seeds demo data in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: 'off' }).demoData).toBe(false);
    expect(loadConfig({}).demoData).toBe(true);
  });
});
