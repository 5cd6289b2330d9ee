import { Injectable } from '@nestjs/common';
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Why a password is refused, or null when it meets the company's policy. */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < 12 || password.length > 128) return 'password must be 12 to 128 characters';
  if (!/[A-Z]/.test(password) || !/[a-z]/.test(password) || !/\d/.test(password)) {
    return 'password must contain upper case, lower case and a digit';
  }
  // A commonly used password (or one built from the account's own name and email) is too easy to guess.
  if (zxcvbn(password, userInputs).score < 3) return 'password is too common or too easy to guess';
  return null;
}

@Injectable()
export class PasswordService {
  private readonly dummy = hash('not-a-real-password-0', ARGON2);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  async verify(stored: string | undefined, password: string): Promise<boolean> {
    // Unknown accounts still pay for one verification, so timing does not tell them apart.
    const target = stored ?? (await this.dummy);
    const ok = await verify(target, password).catch(() => false);
    return ok && stored !== undefined;
  }
}
