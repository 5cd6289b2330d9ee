import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AuditedRecords } from '../database/audited-records.js';
import type { ListSpec } from '../database/list-query.js';
import { SubProcessor } from './sub-processor.entity.js';

export const SUB_PROCESSORS_LIST: ListSpec = {
  sortable: ['name', 'status', 'location', 'proposedAt', 'activeFrom', 'createdAt', 'updatedAt'],
  filters: { status: 'text', name: 'text', location: 'text' },
  search: ['name', 'purpose', 'location'],
  defaultSort: ['name', 'ASC'],
};

/** The sub-processor register: audited records, and the public and Art. 30 views of it. */
@Injectable()
export class SubProcessorsRepository extends AuditedRecords<SubProcessor> {
  constructor(@InjectDataSource() db: DataSource, audit: AuditService) {
    super(db, SubProcessor, 'SubProcessor', 'sub_processor', SUB_PROCESSORS_LIST, audit);
  }

  /** Sub-processors in these statuses, by name. */
  inStatus(statuses: SubProcessor['status'][]): Promise<SubProcessor[]> {
    return this.db.getRepository(SubProcessor).find({ where: statuses.map((status) => ({ status })), order: { name: 'ASC' } });
  }
}

/** Adds a sub-processor unless one of that name is already registered; true when it was added. */
export async function addSubProcessorOnce(row: Omit<SubProcessor, 'id' | 'createdAt' | 'updatedAt'>, m: EntityManager): Promise<boolean> {
  if (await m.existsBy(SubProcessor, { name: row.name })) return false;
  await m.save(m.create(SubProcessor, row));
  return true;
}
