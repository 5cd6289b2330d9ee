import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a session: 256 random bits, safe in a URL. Only its hash is ever stored. */
export const newToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a token, so a copy of the table opens nothing. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
