import type { RaRecord } from 'react-admin';

export const investigationLabel = (r: RaRecord) => `Copy of ${(r.scopes as string[] | undefined)?.join(', ') ?? 'content'}`;
