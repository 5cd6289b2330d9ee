import type { EntityManager } from 'typeorm';
import type { SupportCase } from './case.entity.js';

/**
 * A case has just been resolved. Emitted inside the resolving transaction and awaited: listeners write with
 * `manager`, and a listener that fails rolls the resolution back.
 */
export class CaseResolved {
  static readonly event = 'case.resolved';

  constructor(
    readonly supportCase: SupportCase,
    readonly manager: EntityManager,
  ) {}
}
