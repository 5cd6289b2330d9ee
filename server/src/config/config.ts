/** One typed configuration object, read from the environment and validated once at start-up. */
export interface Config {
  port: number;
  databaseUrl: string | undefined;
  /** Where investigation copies live; unset, `<main database>_investigation` on the main database's server. */
  investigationDatabaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  criticalEmail: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxAttempts: number;
  lockoutMinutes: number;
  loginRatePerMinute: number;
  loginAccountRatePerMinute: number;
  accessDefaultMinutes: number;
  accessMaxMinutes: number;
  investigationMaxHours: number;
  cadenceDay1Minutes: number;
  cadenceLaterMinutes: number;
  reminderLeadMinutes: number;
  production: boolean;
  demoData: boolean;
  logLevel: string;
  publicUrl: string;
  /** The Postgres schema of the job queue (graphile-worker). */
  jobSchema: string;
  mailMaxAttempts: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 1, max = 1_000_000): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function email(env: Env, name: string, fallback: string): string {
  const value = (env[name] ?? '').trim() || fallback;
  if (!/^[^\s@]+@[^\s@]+$/.test(value)) throw new ConfigError(`${name} must be an email address, got "${value}"`);
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must start with ${protocols.join(' or ')}`);
  return raw;
}

function identifier(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) throw new ConfigError(`${name} must be a lower-case SQL identifier, got "${value}"`);
  return value;
}

export function loadConfig(env: Env = process.env): Config {
  const port = int(env, 'PORT', 3000, 1, 65535);
  const accessMaxMinutes = int(env, 'ACCESS_MAX_MINUTES', 2880);
  const accessDefaultMinutes = int(env, 'ACCESS_DEFAULT_MINUTES', 240);
  if (accessDefaultMinutes > accessMaxMinutes) {
    throw new ConfigError(`ACCESS_DEFAULT_MINUTES (${accessDefaultMinutes}) must not exceed ACCESS_MAX_MINUTES (${accessMaxMinutes})`);
  }
  const production = env.NODE_ENV === 'production';
  return {
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    investigationDatabaseUrl: url(env, 'INVESTIGATION_DATABASE_URL', ['postgres:', 'postgresql:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: email(env, 'MAIL_FROM', 'custodian@localhost'),
    criticalEmail: email(env, 'CRITICAL_EMAIL', 'critical@localhost'),
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 15),
    sessionMaxHours: int(env, 'SESSION_MAX_HOURS', 12),
    loginMaxAttempts: int(env, 'LOGIN_MAX_ATTEMPTS', 3),
    lockoutMinutes: int(env, 'LOCKOUT_MINUTES', 15),
    loginRatePerMinute: int(env, 'LOGIN_RATE_PER_MINUTE', 120),
    loginAccountRatePerMinute: int(env, 'LOGIN_ACCOUNT_RATE_PER_MINUTE', 30),
    accessDefaultMinutes,
    accessMaxMinutes,
    investigationMaxHours: int(env, 'INVESTIGATION_MAX_HOURS', 48),
    cadenceDay1Minutes: int(env, 'CADENCE_DAY1_MINUTES', 60),
    cadenceLaterMinutes: int(env, 'CADENCE_LATER_MINUTES', 180),
    reminderLeadMinutes: int(env, 'REMINDER_LEAD_MINUTES', 10, 0),
    production,
    demoData: !production && env.DEMO_DATA !== 'off',
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`,
    jobSchema: identifier(env, 'JOB_SCHEMA', 'graphile_worker'),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 25),
  };
}

/** Injection token for the Config object. */
export const CONFIG = Symbol('CONFIG');
