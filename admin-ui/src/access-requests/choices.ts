/** The content kinds a grant can name, and the statuses of a request, as react-admin choices. */
export const CONTENT_KINDS = [
  { id: 'children', name: 'Children' },
  { id: 'observations', name: 'Observations' },
  { id: 'parents', name: 'Parents' },
  { id: 'media', name: 'Media (details only)' },
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number]['id'];

export const ACCESS_STATUSES = [
  { id: 'pending', name: 'Pending' },
  { id: 'awaiting_consent', name: 'Awaiting consent' },
  { id: 'active', name: 'Active' },
  { id: 'denied', name: 'Denied' },
  { id: 'expired', name: 'Expired' },
  { id: 'revoked', name: 'Revoked' },
  { id: 'ended', name: 'Ended (case resolved)' },
];

export const kindName = (id: string) => CONTENT_KINDS.find((k) => k.id === id)?.name ?? id;
