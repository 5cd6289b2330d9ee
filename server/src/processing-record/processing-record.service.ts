import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { CONTENT_KINDS } from '../policy/abilities.js';
import { SettingContactsRepository } from '../settings/setting-contacts.repository.js';
import { SubProcessorsRepository } from '../sub-processors/sub-processors.repository.js';

const UK_OR_ADEQUATE = /\b(united kingdom|uk|england|scotland|wales|northern ireland)\b/i;

/** The fixed parts of the record: what the company does for its controllers and how it keeps it safe. */
const CATEGORIES = [
  { name: 'Hosting and storage', detail: `storing and serving the records each setting keeps: ${CONTENT_KINDS.join(', ')}` },
  { name: 'Support and fault fixing', detail: 'case-by-case, time-boxed developer access to one setting\'s records for one support case, approved by an IT manager and, where the setting asks, by its DPO' },
  { name: 'Anonymised investigation copies', detail: 'pseudonymised copies for deeper fault finding, kept apart and deleted with the case (48 hours at most)' },
  { name: 'Email notifications', detail: 'emails to settings\' staff and DPOs about their service, incidents and access' },
  { name: 'Backups and retention', detail: 'records deleted after the retention period following the end of a subscription; exports on request' },
];

const SECURITY = [
  'No member of staff can read a setting\'s records without a grant for one case, approved by someone else, limited in time and kinds of record',
  'Every read of customer records, and every refusal, is written to an append-only, hash-chained audit log',
  'Two-factor sign-in for the roles that open or approve access; Argon2id password hashes; sessions that end when idle',
  'Data-protection training before access, renewed every year; a review of who holds which role every school term',
  'Anonymised investigation copies in a separate database, deleted with the case',
  'Encryption in transit (TLS) and at rest by the hosting provider; role-based access control defined in one policy',
  'A critical incident process with customer updates, and breach notices to DPOs under UK GDPR Art. 33',
];

/** The record of processing a processor keeps under UK GDPR Art. 30(2). */
@Injectable()
export class ProcessingRecordService {
  constructor(
    private readonly settings: SettingContactsRepository,
    private readonly subProcessorRecords: SubProcessorsRepository,
    private readonly clock: Clock,
  ) {}

  async record() {
    const controllers = await this.settings.controllers();
    const subProcessors = await this.subProcessorRecords.inStatus(['active', 'proposed']);
    const transfers = subProcessors
      .filter((s) => !UK_OR_ADEQUATE.test(s.location) || /united states|usa|\bus\b|india|philippines/i.test(s.location))
      .map((s) => ({ recipient: s.name, location: s.location, safeguard: 'UK International Data Transfer Addendum to the EU Standard Contractual Clauses, or UK adequacy regulations' }));
    return {
      generatedAt: this.clock.now().toISOString(),
      processor: { role: 'processor', article: 'UK GDPR Art. 30(2)' },
      controllers,
      categoriesOfProcessing: CATEGORIES,
      subProcessors: subProcessors.map((s) => ({ id: s.id, name: s.name, purpose: s.purpose, location: s.location, dataCategories: s.dataCategories, status: s.status, activeFrom: s.activeFrom })),
      transfers,
      securityMeasures: SECURITY,
    };
  }
}

type ProcessingRecord = Awaited<ReturnType<ProcessingRecordService['record']>>;

const cell = (v: unknown) => String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(r: ProcessingRecord): string {
  return [
    '# Record of processing activities (UK GDPR Art. 30(2))',
    '',
    `Generated ${r.generatedAt}. We act as a processor for each controller below.`,
    '',
    '## Controllers',
    '',
    '| setting | kind | ICO number | DPO | DPO email | subscription |',
    '|---|---|---|---|---|---|',
    ...r.controllers.map((c) => `| ${cell(c.name)} | ${cell(c.kind)} | ${cell(c.icoNumber)} | ${cell(c.dpoName)} | ${cell(c.dpoEmail)} | ${cell(c.subscriptionStatus)} |`),
    '',
    '## Categories of processing',
    '',
    ...r.categoriesOfProcessing.map((c) => `- **${c.name}**: ${c.detail}`),
    '',
    '## Sub-processors',
    '',
    '| name | purpose | location | data | status |',
    '|---|---|---|---|---|',
    ...r.subProcessors.map((s) => `| ${cell(s.name)} | ${cell(s.purpose)} | ${cell(s.location)} | ${cell(s.dataCategories.join(', '))} | ${cell(s.status)} |`),
    '',
    '## Transfers outside the UK',
    '',
    ...(r.transfers.length ? r.transfers.map((t) => `- ${t.recipient} (${t.location}): ${t.safeguard}`) : ['- None.']),
    '',
    '## Security measures (Art. 32(1))',
    '',
    ...r.securityMeasures.map((s) => `- ${s}`),
    '',
  ].join('\n');
}
