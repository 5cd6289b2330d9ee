import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type AlertKind = 'reminder' | 'overdue';

/** One row per (incident, deadline, kind) in `incident_alerts`: each reminder and overdue notice is sent once. */
@Injectable()
export class IncidentAlertsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Which of these alerts were already sent, as `${incidentId}:${kind}:${dueAt ms}`. */
  async sentAmong(candidates: { incidentId: string; kind: AlertKind; dueAt: Date }[]): Promise<Set<string>> {
    if (candidates.length === 0) return new Set();
    const sent: { incident_id: string; kind: string; due_at: Date }[] = await this.db.query(
      `SELECT a.incident_id, a.kind, a.due_at FROM incident_alerts a
         JOIN unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS c(incident_id, kind, due_at)
           ON a.incident_id = c.incident_id AND a.kind = c.kind AND a.due_at = c.due_at`,
      [candidates.map((c) => c.incidentId), candidates.map((c) => c.kind), candidates.map((c) => c.dueAt.toISOString())],
    );
    return new Set(sent.map((s) => `${s.incident_id}:${s.kind}:${new Date(s.due_at).getTime()}`));
  }

  /** Claims the alerts for these deadlines; returns the deadlines this call claimed (none already sent). */
  async claim(incidentId: string, kind: AlertKind, deadlines: Date[], sentAt: Date, manager: EntityManager): Promise<Date[]> {
    const claimed: { due_at: Date }[] = await manager.query(
      `INSERT INTO incident_alerts (incident_id, kind, due_at, sent_at) SELECT $1, $2, d, $4 FROM unnest($3::timestamptz[]) AS d
       ON CONFLICT DO NOTHING RETURNING due_at`,
      [incidentId, kind, deadlines.map((d) => d.toISOString()), sentAt],
    );
    return claimed.map((c) => new Date(c.due_at));
  }

  /** Overdue notices sent, per incident. */
  async overdueCounts(incidentIds: string[]): Promise<Map<string, number>> {
    if (incidentIds.length === 0) return new Map();
    const rows: { incident_id: string; n: number }[] = await this.db.query(
      `SELECT incident_id, count(*)::int AS n FROM incident_alerts WHERE kind = 'overdue' AND incident_id = ANY($1::uuid[]) GROUP BY incident_id`, [incidentIds]);
    return new Map(rows.map((r) => [r.incident_id, r.n]));
  }
}
