import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000, databaseUrl: undefined, smtpUrl: undefined, mailFrom: 'custodian@localhost', criticalEmail: 'critical@localhost',
      sessionIdleMinutes: 15, sessionMaxHours: 12, loginMaxAttempts: 3, lockoutMinutes: 15, accessDefaultMinutes: 240,
      accessMaxMinutes: 2880, investigationMaxHours: 48, investigationCopyMemoryMb: 96, cadenceDay1Minutes: 60, cadenceLaterMinutes: 180, reminderLeadMinutes: 10,
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
      [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY /],
      [{ TRUST_PROXY: '0.0.0.0/0x' }, /^TRUST_PROXY /],
      [{ TRUST_PROXY: '10.0.0.1,any' }, /^TRUST_PROXY /],
      [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY /],
      [{ MFA_REQUIRED_ROLES: 'developer,root' }, /^MFA_REQUIRED_ROLES /],
      [{ SECRETS_KEY: 'c2hvcnQ=' }, /^SECRETS_KEY /],
      [{ SECRETS_KEY: 'not base64 at all!' }, /^SECRETS_KEY /],
      [{ PASSWORD_RESET_MINUTES: '0' }, /^PASSWORD_RESET_MINUTES /],
      [{ INVESTIGATION_COPY_MEMORY_MB: '8' }, /^INVESTIGATION_COPY_MEMORY_MB /],
      [{ DB_POOL_SIZE: '0' }, /^DB_POOL_SIZE /],
      [{ DB_POOL_SIZE: 'lots' }, /^DB_POOL_SIZE /],
      [{ EMBEDDED_PG_PORT: '70000' }, /^EMBEDDED_PG_PORT /],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL /],
    ];
    for (const [env, message] of cases) {
      const attempt = () => loadConfig(env);
      expect(attempt, JSON.stringify(env)).toThrow(ConfigError);
      expect(attempt, JSON.stringify(env)).toThrow(message);
    }
  });

  it('reads TRUST_PROXY as off, a hop count or a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4,::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.4', '::1', 'loopback']);
  });

  it('requires two-factor of the roles that open or approve content unless told otherwise', () => {
    expect(loadConfig({}).mfaRequiredRoles).toEqual(['developer', 'it_manager', 'admin']);
    expect(loadConfig({ MFA_REQUIRED_ROLES: '' }).mfaRequiredRoles).toEqual([]);
    expect(loadConfig({ MFA_REQUIRED_ROLES: 'smt' }).mfaRequiredRoles).toEqual(['smt']);
    expect(loadConfig({ SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') }).secretsKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({}).passwordResetMinutes).toBe(30);
  });

  it('reads the pool size, the embedded database port and the log level', () => {
    expect(loadConfig({})).toMatchObject({ dbPoolSize: 20, embeddedPgPort: 54329, logLevel: 'info' });
    expect(loadConfig({ DB_POOL_SIZE: '5', EMBEDDED_PG_PORT: '55432', LOG_LEVEL: 'debug' })).toMatchObject({ dbPoolSize: 5, embeddedPgPort: 55432, logLevel: 'debug' });
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    // The command line logs less unless told otherwise.
    expect(loadConfig({}, { logLevel: 'warn' }).logLevel).toBe('warn');
    expect(loadConfig({ LOG_LEVEL: 'info' }, { logLevel: 'warn' }).logLevel).toBe('info');
  });

  it('never seeds demo data in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: 'off' }).demoData).toBe(false);
    expect(loadConfig({}).demoData).toBe(true);
  });
});
