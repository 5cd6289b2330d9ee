import { membersOf, ROLES, type Schemas } from '../data/contract';

type Values<T> = Exclude<T, null | undefined>;

/** The enumerations of the API's document, as react-admin choices: the compiler checks each list against the document. */
const choices = (ids: readonly string[], names: Record<string, string> = {}) =>
  ids.map((id) => ({ id, name: names[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ') }));

export const SETTING_KINDS = choices(membersOf<Values<Schemas['SettingViewDto']['kind']>>()('nursery', 'childminder', 'preschool', 'school', 'trust', 'other'));
export const SUBSCRIPTION_STATUSES = choices(membersOf<Exclude<Values<Schemas['SettingViewDto']['subscriptionStatus']>, 'purged'>>()('active', 'expired', 'cancelled'));
export const CONSENT_POLICIES = choices(membersOf<Values<Schemas['SettingViewDto']['consentPolicy']>>()('per_request', 'contract'), {
  per_request: 'Ask the DPO each time',
  contract: 'Covered by contract',
});
export const CASE_STATUSES = choices(membersOf<Values<Schemas['CaseViewDto']['status']>>()('open', 'investigating', 'resolved'));
export const ROLE_CHOICES = choices(ROLES, {
  it_manager: 'IT manager',
  smt: 'SMT',
});
/** What a setting's subscription can show as: `purged` is reached only by the retention purge. */
export const SUBSCRIPTION_STATES = choices(membersOf<Values<Schemas['SettingViewDto']['subscriptionStatus']>>()('active', 'expired', 'cancelled', 'purged'), { purged: 'Purged (records deleted)' });
export const SUB_PROCESSOR_STATUSES = choices(membersOf<Values<Schemas['SubProcessorViewDto']['status']>>()('proposed', 'active', 'retired'));
export const SUBJECT_REQUEST_KINDS = choices(membersOf<Values<Schemas['SubjectRequestViewDto']['kind']>>()('access', 'erasure', 'rectification', 'restriction', 'portability'));
export const SUBJECT_REQUEST_STATUSES = choices(membersOf<Values<Schemas['SubjectRequestViewDto']['status']>>()('open', 'done'));
export const REVIEW_DECISIONS = choices(membersOf<Values<Schemas['ReviewEntryViewDto']['decision']>>()('keep', 'change', 'remove'));
