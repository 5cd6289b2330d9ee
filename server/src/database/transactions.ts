import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Units of work for services: a service decides where a transaction starts and ends, and hands its manager to the
 * repositories it calls; only repositories read or write through it.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction, committed when it resolves and rolled back when it throws. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The manager outside any transaction, for reads that need none. */
  get manager(): EntityManager {
    return this.db.manager;
  }
}
