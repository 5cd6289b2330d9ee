import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { IncidentBreachNotice } from './incident.entities.js';

/** The Art. 33(3) notices sent for an incident (`incident_breach_notices`); every one is kept. */
@Injectable()
export class BreachNoticesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The number of the last notice each setting was sent. */
  async lastNoticeBySetting(incidentId: string, manager: EntityManager): Promise<Map<string, number>> {
    const rows: { setting_id: string; n: number }[] = await manager.query(
      'SELECT setting_id, max(notice)::int AS n FROM incident_breach_notices WHERE incident_id = $1 GROUP BY setting_id', [incidentId]);
    return new Map(rows.map((r) => [r.setting_id, r.n]));
  }

  async add(rows: Omit<IncidentBreachNotice, 'id'>[], manager: EntityManager): Promise<IncidentBreachNotice[]> {
    return manager.save(IncidentBreachNotice, rows.map((r) => manager.create(IncidentBreachNotice, r)), { chunk: 500 });
  }

  of(incidentId: string): Promise<IncidentBreachNotice[]> {
    return this.db.getRepository(IncidentBreachNotice).find({ where: { incidentId }, order: { sentAt: 'ASC', notice: 'ASC', settingId: 'ASC' } });
  }
}
