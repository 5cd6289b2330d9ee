import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** Whether an email was already queued, by the start of its idempotency key. */
@Injectable()
export class OutboxKeysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Of these key prefixes, the ones some queued email's key starts with. */
  async queuedPrefixes(prefixes: string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (prefixes.length === 0) return new Set();
    const rows: { p: string }[] = await manager.query(
      `SELECT p FROM unnest($1::text[]) AS p
        WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.idempotency_key LIKE replace(replace(replace(p, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`,
      [prefixes]);
    return new Set(rows.map((r) => r.p));
  }
}
