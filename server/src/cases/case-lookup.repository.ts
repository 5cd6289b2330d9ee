import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** Small questions other modules ask about cases: which are still open, and what they are called. */
@Injectable()
export class CaseLookupRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Of these cases, the ones not resolved. */
  async unresolvedAmong(ids: string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM cases WHERE id = ANY($1::uuid[]) AND status <> 'resolved'`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  /** Each case's title, by id. */
  async titlesOf(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await manager.query('SELECT id, title FROM cases WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.title]));
  }
}
