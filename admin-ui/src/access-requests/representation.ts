import type { RaRecord } from 'react-admin';

export const accessRequestLabel = (r: RaRecord) => `Access to ${(r.scopes as string[] | undefined)?.join(', ') ?? 'content'} (${r.status})`;
