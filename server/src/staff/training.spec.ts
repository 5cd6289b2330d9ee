import { describe, expect, it } from 'vitest';
import { trainingCurrent } from './training.js';

describe('training currency', () => {
  const at = new Date('2026-03-31T09:00:00Z');
  it('is current from completion for twelve calendar months', () => {
    expect(trainingCurrent({ trainingCompletedAt: at }, new Date('2026-03-31T09:00:00Z'), 12)).toBe(true);
    expect(trainingCurrent({ trainingCompletedAt: at }, new Date('2027-03-31T08:59:59Z'), 12)).toBe(true);
    expect(trainingCurrent({ trainingCompletedAt: at }, new Date('2027-03-31T09:00:00Z'), 12)).toBe(false);
  });
  it('is not current when missing or dated in the future', () => {
    expect(trainingCurrent({ trainingCompletedAt: null }, at, 12)).toBe(false);
    expect(trainingCurrent({ trainingCompletedAt: at }, new Date('2026-03-30T09:00:00Z'), 12)).toBe(false);
  });
});
