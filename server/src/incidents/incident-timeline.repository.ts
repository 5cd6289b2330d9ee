import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { runListQuery, type ListQuery, type ListResult, type ListSpec } from '../database/list-query.js';
import { IncidentEntry } from './incident.entities.js';
import type { Done } from './playbook.js';

export type EntryRow = Omit<IncidentEntry, 'id' | 'seq'>;

export interface PlaybookEntries {
  /** The first entry of each kind that completes a day-1 task, made by the role whose task it is. */
  firsts: Map<string, Done>;
  /** Internal updates made by an IT manager, in order. */
  itUpdates: Done[];
  /** Contacts logged, by `${settingId}:${contactKind}`, in order. */
  contacts: Map<string, Done[]>;
}

const WRITE_CHUNK = 1000;

/** The incident timeline (`incident_entries`): append-only lines, and the facts the clock, playbook and reports read from it. */
@Injectable()
export class IncidentTimelineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends one line; returns it with its id and sequence number. */
  async add(entry: Partial<EntryRow>, manager: EntityManager): Promise<IncidentEntry> {
    const row = manager.create(IncidentEntry, { detail: {}, ...entry });
    const { raw } = await manager.createQueryBuilder().insert().into(IncidentEntry).values(row as never).returning(['id', 'seq']).execute();
    return Object.assign(row, { id: raw[0].id, seq: raw[0].seq });
  }

  /** Appends one line per setting; returns each line's id by setting. */
  async addPerSetting(entries: (Partial<EntryRow> & { settingId: string })[], manager: EntityManager): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let i = 0; i < entries.length; i += WRITE_CHUNK) {
      const rows = entries.slice(i, i + WRITE_CHUNK).map((e) => manager.create(IncidentEntry, { detail: {}, ...e }));
      const { raw } = await manager.createQueryBuilder().insert().into(IncidentEntry).values(rows as never).returning(['id', 'setting_id']).execute();
      for (const r of raw as { id: string; setting_id: string }[]) ids.set(r.setting_id, r.id);
    }
    return ids;
  }

  page(incidentId: string, query: ListQuery, spec: ListSpec): Promise<ListResult<IncidentEntry>> {
    const qb = this.db.getRepository(IncidentEntry).createQueryBuilder('r').andWhere('r.incidentId = :incidentId', { incidentId });
    return runListQuery(qb, query, spec);
  }

  all(incidentId: string): Promise<IncidentEntry[]> {
    return this.db.getRepository(IncidentEntry).find({ where: { incidentId }, order: { seq: 'ASC' } });
  }

  /** The times of each incident's customer updates, in order. */
  async customerUpdateTimes(incidentIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, Date[]>> {
    if (incidentIds.length === 0) return new Map();
    const rows: { incident_id: string; ats: string[] }[] = await manager.query(
      `SELECT incident_id, array_agg(at ORDER BY at)::text[] AS ats FROM incident_entries
        WHERE incident_id = ANY($1::uuid[]) AND kind = 'customer_update' GROUP BY incident_id`,
      [incidentIds],
    );
    return new Map(rows.map((r) => [r.incident_id, r.ats.map((a) => new Date(a))]));
  }

  /** What the playbook's tasks are completed by, read from the timeline (for some settings only, when named). */
  async playbookEntries(incidentId: string, only: string[] | undefined, manager: EntityManager = this.db.manager): Promise<PlaybookEntries> {
    // A task is done only by its own role's action: a support member growing the register does not count the affected.
    const firsts: { kind: string; at: Date; actor_id: string | null }[] = await manager.query(
      `SELECT DISTINCT ON (kind) kind, at, actor_id FROM incident_entries
        WHERE incident_id = $1 AND (
          (kind IN ('decision','affected_settings') AND 'it_manager' = ANY(actor_roles))
          OR (kind = 'case_linked' AND 'support' = ANY(actor_roles))
          OR (kind = 'portal_message' AND message IS NOT NULL AND 'it_manager' = ANY(actor_roles)))
        ORDER BY kind, seq`,
      [incidentId],
    );
    const itUpdates: { at: Date; actor_id: string }[] = await manager.query(
      `SELECT at, actor_id FROM incident_entries WHERE incident_id = $1 AND kind = 'internal_update' AND 'it_manager' = ANY(actor_roles) ORDER BY seq`,
      [incidentId],
    );
    const contactRows: { setting_id: string; contact_kind: string; at: Date; actor_id: string | null }[] = await manager.query(
      `SELECT setting_id, contact_kind, at, actor_id FROM incident_entries
        WHERE incident_id = $1 AND kind = 'contact' ${only ? 'AND setting_id = ANY($2::uuid[])' : ''} ORDER BY seq`,
      only ? [incidentId, only] : [incidentId],
    );
    const contacts = new Map<string, Done[]>();
    for (const c of contactRows) {
      const key = `${c.setting_id}:${c.contact_kind}`;
      contacts.set(key, [...(contacts.get(key) ?? []), { at: new Date(c.at), by: c.actor_id }]);
    }
    return {
      firsts: new Map(firsts.map((f) => [f.kind, { at: new Date(f.at), by: f.actor_id }])),
      itUpdates: itUpdates.map((u) => ({ at: new Date(u.at), by: u.actor_id })),
      contacts,
    };
  }

  /** Customer updates per incident, and how many of them were made by their deadline. */
  async updateStats(incidentIds: string[]): Promise<{ incidentId: string; updates: number; onTime: number }[]> {
    if (incidentIds.length === 0) return [];
    const rows: { incident_id: string; updates: number; on_time: number }[] = await this.db.query(
      `SELECT incident_id, count(*)::int AS updates, count(*) FILTER (WHERE due_at IS NULL OR at <= due_at)::int AS on_time
         FROM incident_entries WHERE kind = 'customer_update' AND incident_id = ANY($1::uuid[]) GROUP BY incident_id`, [incidentIds]);
    return rows.map((r) => ({ incidentId: r.incident_id, updates: r.updates, onTime: r.on_time }));
  }

  /** Customer updates on time and late, per UTC day from `from` to `to`, across these incidents. */
  async updatesByDay(incidentIds: string[], from: Date, to: Date): Promise<{ date: string; onTime: number; late: number }[]> {
    const rows: { date: string; on_time: number; late: number }[] = await this.db.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date,
              count(e.id) FILTER (WHERE e.due_at IS NULL OR e.at <= e.due_at)::int AS on_time,
              count(e.id) FILTER (WHERE e.at > e.due_at)::int AS late
         FROM generate_series(date_trunc('day', $2::timestamptz AT TIME ZONE 'UTC'), date_trunc('day', $3::timestamptz AT TIME ZONE 'UTC'), interval '1 day') d
         LEFT JOIN incident_entries e ON e.kind = 'customer_update' AND e.incident_id = ANY($1::uuid[])
              AND date_trunc('day', e.at AT TIME ZONE 'UTC') = d
        GROUP BY d ORDER BY d`,
      [incidentIds, from, to],
    );
    return rows.map((r) => ({ date: r.date, onTime: r.on_time, late: r.late }));
  }
}
