import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuditedRecords } from '../database/audited-records.js';
import type { ListSpec } from '../database/list-query.js';
import { AccessReview } from './access-review.entity.js';

export const ACCESS_REVIEWS_LIST: ListSpec = {
  sortable: ['term', 'completedAt', 'createdAt'],
  filters: { term: 'text', reviewerId: 'uuid' },
  search: ['term'],
  defaultSort: ['completedAt', 'DESC'],
};

/** The termly reviews of who holds which role: audited records, one per term. */
@Injectable()
export class AccessReviewsRepository extends AuditedRecords<AccessReview> {
  constructor(@InjectDataSource() db: DataSource, audit: AuditService) {
    super(db, AccessReview, 'AccessReview', 'access_review', ACCESS_REVIEWS_LIST, audit);
  }

  forTerm(term: string, manager: EntityManager = this.db.manager): Promise<AccessReview | null> {
    return manager.findOneBy(AccessReview, { term });
  }
}
