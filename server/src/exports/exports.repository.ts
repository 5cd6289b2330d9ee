import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ExportLink } from './export-link.entity.js';

/** The single-use export links; only each token's hash is stored. */
@Injectable()
export class ExportsRepository {
  add(row: Omit<ExportLink, 'id' | 'usedAt'>, m: EntityManager): Promise<ExportLink> {
    return m.save(m.create(ExportLink, row));
  }

  /** The link with this token hash, locked for the rest of the transaction. */
  lockByTokenHash(tokenHash: string, m: EntityManager): Promise<ExportLink | null> {
    return m.getRepository(ExportLink).createQueryBuilder('l').setLock('pessimistic_write').where('l.token_hash = :tokenHash', { tokenHash }).getOne();
  }

  async spend(id: string, now: Date, m: EntityManager): Promise<void> {
    await m.update(ExportLink, { id }, { usedAt: now });
  }
}
