import { isIP } from 'node:net';
import { ROLES } from '../policy/abilities.js';

/** One typed configuration object, read from the environment and validated once at start-up. */
export interface Config {
  port: number;
  databaseUrl: string | undefined;
  /** Connections each process keeps for requests (the job worker holds a few more of its own). */
  dbPoolSize: number;
  /** Port of the embedded PostgreSQL started when DATABASE_URL is unset. */
  embeddedPgPort: number;
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
  /** The most heap one investigation copy's thread may use; past it that copy fails, not the server. */
  investigationCopyMemoryMb: number;
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
  /** Express `trust proxy`: false, a hop count, or the proxies' addresses/CIDRs; never "trust any". */
  trustProxy: false | number | string[];
  passwordResetMinutes: number;
  /** Roles that may not use the product until two-factor sign-in is set up; empty turns the rule off. */
  mfaRequiredRoles: string[];
  /** The 32-byte key that encrypts secrets at rest; unset, one is generated into ./.data/secrets.key. */
  secretsKey: Buffer | undefined;
  /** Processor operations: retention, sub-processor notice, training. */
  retentionAfterExpiryDays: number;
  retentionSweepMinutes: number;
  retentionBatchRows: number;
  subprocessorNoticeDays: number;
  trainingValidMonths: number;
}

export class ConfigError extends Error {}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Defaults that differ by the process reading the configuration (the CLI logs less than the server). */
export interface ConfigDefaults {
  logLevel?: (typeof LOG_LEVELS)[number];
}

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

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env): false | number | string[] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 0, 0, 20);
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.includes(entry) || (family && bitsOk && extra === undefined))) {
      throw new ConfigError(`TRUST_PROXY must be false, a hop count, or comma-separated proxy addresses/CIDRs (never "trust any"), got "${entry}"`);
    }
  }
  return entries;
}

function logLevel(env: Env, fallback: string): string {
  const value = env.LOG_LEVEL?.trim() || fallback;
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return value;
}

function roleList(env: Env, name: string, fallback: string, roles: readonly string[]): string[] {
  const raw = env[name] ?? fallback;
  const list = raw.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = list.filter((r) => !roles.includes(r));
  if (bad.length) throw new ConfigError(`${name} names unknown roles ${bad.join(', ')}; roles: ${roles.join(', ')}`);
  return [...new Set(list)];
}

function secretsKey(env: Env): Buffer | undefined {
  const raw = env.SECRETS_KEY?.trim();
  if (!raw) return undefined;
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) throw new ConfigError('SECRETS_KEY must be 32 bytes in base64 (e.g. from `openssl rand -base64 32`)');
  return key;
}

export function loadConfig(env: Env = process.env, defaults: ConfigDefaults = {}): Config {
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
    dbPoolSize: int(env, 'DB_POOL_SIZE', 20, 1, 1000),
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
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
    investigationCopyMemoryMb: int(env, 'INVESTIGATION_COPY_MEMORY_MB', 96, 16, 4096),
    cadenceDay1Minutes: int(env, 'CADENCE_DAY1_MINUTES', 60),
    cadenceLaterMinutes: int(env, 'CADENCE_LATER_MINUTES', 180),
    reminderLeadMinutes: int(env, 'REMINDER_LEAD_MINUTES', 10, 0),
    production,
    demoData: !production && env.DEMO_DATA !== 'off',
    logLevel: logLevel(env, defaults.logLevel ?? (env.NODE_ENV === 'test' ? 'silent' : 'info')),
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`,
    jobSchema: identifier(env, 'JOB_SCHEMA', 'graphile_worker'),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 25),
    trustProxy: trustProxy(env),
    passwordResetMinutes: int(env, 'PASSWORD_RESET_MINUTES', 30, 1, 10080),
    mfaRequiredRoles: roleList(env, 'MFA_REQUIRED_ROLES', 'developer,it_manager,admin', ROLES),
    secretsKey: secretsKey(env),
    retentionAfterExpiryDays: int(env, 'RETENTION_AFTER_EXPIRY_DAYS', 183, 31, 36_500),
    retentionSweepMinutes: int(env, 'RETENTION_SWEEP_MINUTES', 60, 1, 10_080),
    retentionBatchRows: int(env, 'RETENTION_BATCH_ROWS', 5000, 1, 100_000),
    subprocessorNoticeDays: int(env, 'SUBPROCESSOR_NOTICE_DAYS', 30, 0, 365),
    trainingValidMonths: int(env, 'TRAINING_VALID_MONTHS', 12, 1, 120),
  };
}

/** Injection token for the Config object. */
export const CONFIG = Symbol('CONFIG');
