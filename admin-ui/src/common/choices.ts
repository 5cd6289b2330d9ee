/** The enumerations of API.md, as react-admin choices. */
const choices = (ids: readonly string[], names: Record<string, string> = {}) =>
  ids.map((id) => ({ id, name: names[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ') }));

export const SETTING_KINDS = choices(['nursery', 'childminder', 'preschool', 'school', 'trust', 'other']);
export const SUBSCRIPTION_STATUSES = choices(['active', 'expired', 'cancelled']);
export const CONSENT_POLICIES = choices(['per_request', 'contract'], {
  per_request: 'Ask the DPO each time',
  contract: 'Covered by contract',
});
export const CASE_STATUSES = choices(['open', 'investigating', 'resolved']);
export const ROLE_CHOICES = choices(['support', 'developer', 'it_manager', 'smt', 'admin'], {
  it_manager: 'IT manager',
  smt: 'SMT',
});
/** What a setting's subscription can show as: `purged` is reached only by the retention purge. */
export const SUBSCRIPTION_STATES = choices(['active', 'expired', 'cancelled', 'purged'], { purged: 'Purged (records deleted)' });
export const SUB_PROCESSOR_STATUSES = choices(['proposed', 'active', 'retired']);
export const SUBJECT_REQUEST_KINDS = choices(['access', 'erasure', 'rectification', 'restriction', 'portability']);
export const SUBJECT_REQUEST_STATUSES = choices(['open', 'done']);
export const REVIEW_DECISIONS = choices(['keep', 'change', 'remove']);
