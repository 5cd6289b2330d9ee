import type { EntityManager } from 'typeorm';
import type { SubProcessor } from './sub-processor.entity.js';
import { addSubProcessorOnce } from './sub-processors.repository.js';

/** The sub-processors the company names to its customers today; already past their notice period. */
const DEMO: Pick<SubProcessor, 'name' | 'purpose' | 'location' | 'dataCategories'>[] = [
  { name: 'Amazon Web Services', purpose: 'Hosting: servers, databases and backups of the application', location: 'United Kingdom (London, eu-west-2)', dataCategories: ['children', 'observations', 'parents', 'media', 'staff accounts'] },
  { name: 'Mailgun', purpose: 'Sending email on the application\'s behalf (notifications, password resets)', location: 'European Union (Germany); United States for support', dataCategories: ['parents (name, email address)', 'setting staff (name, email address)'] },
  { name: 'Smartdebit', purpose: 'Collecting nursery fees by Direct Debit', location: 'United Kingdom', dataCategories: ['parents (name, address, bank details)'] },
];

/** Adds the demo register once; returns how many were added. */
export async function seedSubProcessors(m: EntityManager): Promise<number> {
  let added = 0;
  for (const [i, s] of DEMO.entries()) {
    const proposedAt = new Date(Date.UTC(2023 + i, 0, 9));
    const row = { ...s, status: 'active' as const, proposedAt, activeFrom: new Date(proposedAt.getTime() + 45 * 86_400_000), retiredAt: null };
    if (await addSubProcessorOnce(row, m)) added++;
  }
  return added;
}
