import type { components } from '../api-types';

/** The API's schemas, generated from its OpenAPI document (`npm run openapi:types`). */
export type Schemas = components['schemas'];

/**
 * Exactly the keys of `T`, as a runtime list: the compiler refuses a list that misses one of the document's fields or
 * names one it lacks, so the list changes when the document does.
 */
export const keysOf =
  <T>() =>
  <const K extends readonly (keyof T & string)[]>(
    ...keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> })
  ): readonly string[] =>
    keys;

/** Exactly the members of a union the document enumerates, as a runtime list. */
export const membersOf =
  <T extends string>() =>
  <const K extends readonly T[]>(...values: K & ([Exclude<T, K[number]>] extends [never] ? unknown : { missing: Exclude<T, K[number]> })): K =>
    values;

/** What each resource's `PUT` accepts as a change: its update DTO's fields in the document. */
export const EDITABLE: Readonly<Record<string, readonly string[]>> = {
  settings: keysOf<Schemas['UpdateSettingDto']>()(
    'name', 'kind', 'address', 'postcode', 'icoNumber', 'dpoName', 'dpoEmail', 'contactEmail', 'contactPhone', 'subscriptionStatus', 'subscriptionEndsAt', 'consentPolicy',
  ),
  cases: keysOf<Schemas['UpdateCaseDto']>()('settingId', 'title', 'description', 'status'),
  incidents: keysOf<Schemas['UpdateIncidentDto']>()('title', 'description', 'ownerId', 'personalDataBreach'),
  staff: keysOf<Schemas['UpdateStaffDto']>()('email', 'name', 'roles', 'active', 'trainingCompletedAt'),
  'sub-processors': keysOf<Schemas['UpdateSubProcessorDto']>()('name', 'purpose', 'location', 'dataCategories', 'status'),
  'subject-requests': keysOf<Schemas['UpdateSubjectRequestDto']>()('settingId', 'kind', 'receivedAt', 'status', 'notes'),
};

/** Only the fields a `PUT` may change: what the server keeps or computes is never sent back. */
export function editableOnly<T extends object>(resource: string, data: T): Partial<T> {
  const fields = EDITABLE[resource];
  if (!fields) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => fields.includes(key))) as Partial<T>;
}

type Role = NonNullable<Schemas['StaffViewDto']['roles']>[number];

/** The staff roles, as the document enumerates them. */
export const ROLES = membersOf<Role>()('support', 'developer', 'it_manager', 'smt', 'admin');
