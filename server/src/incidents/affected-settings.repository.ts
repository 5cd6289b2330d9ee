import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { IncidentSetting } from './incident.entities.js';

/** An incident's affected-settings register (`incident_settings`). */
@Injectable()
export class AffectedSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each incident's affected setting ids, in the order they were added. */
  async idsByIncident(incidentIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string[]>> {
    if (incidentIds.length === 0) return new Map();
    const rows: { incident_id: string; ids: string[] }[] = await manager.query(
      `SELECT incident_id, array_agg(setting_id ORDER BY added_at, setting_id) AS ids
         FROM incident_settings WHERE incident_id = ANY($1::uuid[]) GROUP BY incident_id`,
      [incidentIds],
    );
    return new Map(rows.map((r) => [r.incident_id, r.ids]));
  }

  /** The register's rows (or those of the settings named), in the order they were added. */
  of(incidentId: string, manager: EntityManager = this.db.manager, only?: string[]): Promise<IncidentSetting[]> {
    return manager.getRepository(IncidentSetting).find({
      where: { incidentId, ...(only ? { settingId: In(only) } : {}) },
      order: { addedAt: 'ASC', settingId: 'ASC' },
    });
  }

  /** Takes every setting but these off the register; returns those taken off. */
  async removeAllBut(incidentId: string, keep: string[], manager: EntityManager): Promise<string[]> {
    const gone: { setting_id: string }[] = await manager.query(
      'DELETE FROM incident_settings WHERE incident_id = $1 AND NOT (setting_id = ANY($2::uuid[])) RETURNING setting_id', [incidentId, keep]);
    return gone.map((g) => g.setting_id);
  }

  /** Puts the settings on the register; returns those that were not there before. */
  async add(incidentId: string, settingIds: string[], at: Date, byId: string, manager: EntityManager): Promise<string[]> {
    if (settingIds.length === 0) return [];
    const added: { setting_id: string }[] = await manager.query(
      `INSERT INTO incident_settings (incident_id, setting_id, added_at, added_by_id)
       SELECT $1, s, $2, $3 FROM unnest($4::uuid[]) AS s ON CONFLICT DO NOTHING RETURNING setting_id`,
      [incidentId, at, byId, settingIds]);
    return added.map((a) => a.setting_id);
  }

  async count(incidentId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(IncidentSetting, { incidentId });
  }

  /** Those of the settings that are not on the register. */
  async notAffected(incidentId: string, settingIds: string[], manager: EntityManager): Promise<string[]> {
    const rows = await manager.getRepository(IncidentSetting).find({ select: { settingId: true }, where: { incidentId, settingId: In(settingIds) } });
    const present = new Set(rows.map((r) => r.settingId));
    return settingIds.filter((s) => !present.has(s));
  }

  /** How many different settings these incidents affect between them. */
  async distinctCount(incidentIds: string[]): Promise<number> {
    const [{ n }] = await this.db.query(
      'SELECT count(DISTINCT setting_id)::int AS n FROM incident_settings WHERE incident_id = ANY($1::uuid[])', [incidentIds]);
    return n as number;
  }
}
