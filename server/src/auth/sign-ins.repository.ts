import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** When people last signed in, from their sessions (for the termly review of who holds which role). */
@Injectable()
export class SignInsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async lastSignInOf(staffIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, Date>> {
    if (staffIds.length === 0) return new Map();
    const rows: { staff_id: string; at: Date }[] = await manager.query(
      'SELECT staff_id, max(created_at) AS at FROM sessions WHERE staff_id = ANY($1::uuid[]) GROUP BY staff_id', [staffIds]);
    return new Map(rows.map((r) => [r.staff_id, r.at]));
  }
}
