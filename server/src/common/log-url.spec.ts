import { describe, expect, it } from 'vitest';
import { loggableUrl } from './log-url.js';

describe('a logged request URL', () => {
  it('keeps no single-use token and no query', () => {
    expect(loggableUrl('/api/public/exports/AbC_-123xyz')).toBe('/api/public/exports/[token]');
    expect(loggableUrl('/api/public/consent/AbC_-123xyz?x=1')).toBe('/api/public/consent/[token]');
    expect(loggableUrl('/api/settings/5b1e/access-report?from=2027-03-01')).toBe('/api/settings/5b1e/access-report');
    expect(loggableUrl('/api/public/sub-processors')).toBe('/api/public/sub-processors');
  });
});
