import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG, type Config } from '../config/config.js';
import { CredentialsRepository } from './credentials.repository.js';

const PREFIX = 'v1.';

/** The key from SECRETS_KEY, or one generated once into ./.data/secrets.key (mode 0600) for the embedded default. */
export function loadSecretsKey(config: Pick<Config, 'secretsKey'>, file = path.resolve('.data', 'secrets.key')): Buffer {
  if (config.secretsKey) return config.secretsKey;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e; // another process of this project made it first
    }
  }
  chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; restore it or set SECRETS_KEY`);
  return key;
}

/** Secrets at rest (two-factor seeds): AES-256-GCM, a fresh IV each time, stored as `v1.<iv>.<tag>.<ciphertext>`. */
@Injectable()
export class SecretsBox implements OnModuleInit {
  private readonly logger = new Logger(SecretsBox.name);
  private readonly key: Buffer;

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly credentials: CredentialsRepository,
  ) {
    this.key = loadSecretsKey(config);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return PREFIX + [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
  }

  open(sealed: string): string {
    if (!sealed.startsWith(PREFIX)) return sealed; // a secret from before encryption, sealed at the next start-up
    const [iv, tag, data] = sealed.slice(PREFIX.length).split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
  }

  /** Seals two-factor secrets still stored in clear: SQL alone cannot, as the key never reaches the database. */
  async onModuleInit(): Promise<void> {
    const rows = await this.credentials.clearTwoFactorSecrets(PREFIX);
    for (const r of rows) {
      const seal = (v: string | null) => (v === null || v.startsWith(PREFIX) ? v : this.seal(v));
      await this.credentials.storeTwoFactorSecrets(r.id, seal(r.mfaSecret), seal(r.mfaPendingSecret));
    }
    if (rows.length) this.logger.log(`encrypted the two-factor secrets of ${rows.length} staff members`);
  }
}
