import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { whereAccessible } from '../policy/accessible-where.js';
import { DAY_MS } from './incident-clock.js';
import { IncidentUpdatesService } from './incident-updates.service.js';
import { entryView, type IncidentView } from './incident-view.js';
import { Incident, IncidentEntry } from './incident.entities.js';
import { IncidentsService } from './incidents.service.js';
import { PLAYBOOK, TASK_KEYS, type TaskKey } from './playbook.js';

const COMPLIANCE_WINDOW_DAYS = 30;
const CHART_DAYS = 14;

interface UpdateStats {
  updates: number;
  onTime: number;
  missedDeadlines: number;
}

/** What SMT looks at: the dashboard across incidents, and the post-incident review of one. */
@Injectable()
export class IncidentReportsService {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly updates: IncidentUpdatesService,
    private readonly clock: Clock,
  ) {}

  private get db() {
    return this.incidents.db;
  }

  private async stats(ids: string[]): Promise<Map<string, UpdateStats>> {
    const out = new Map<string, UpdateStats>(ids.map((id) => [id, { updates: 0, onTime: 0, missedDeadlines: 0 }]));
    if (!ids.length) return out;
    const updates: { incident_id: string; updates: number; on_time: number }[] = await this.db.query(
      `SELECT incident_id, count(*)::int AS updates, count(*) FILTER (WHERE due_at IS NULL OR at <= due_at)::int AS on_time
         FROM incident_entries WHERE kind = 'customer_update' AND incident_id = ANY($1::uuid[]) GROUP BY incident_id`, [ids]);
    const missed: { incident_id: string; n: number }[] = await this.db.query(
      `SELECT incident_id, count(*)::int AS n FROM incident_alerts WHERE kind = 'overdue' AND incident_id = ANY($1::uuid[]) GROUP BY incident_id`, [ids]);
    for (const u of updates) Object.assign(out.get(u.incident_id)!, { updates: u.updates, onTime: u.on_time });
    for (const m of missed) out.get(m.incident_id)!.missedDeadlines = m.n;
    return out;
  }

  /** Share of customer updates made on time; a deadline running late right now counts as a late update. */
  private share(onTime: number, updates: number, overdueNow: number): number | null {
    const deadlines = updates + overdueNow;
    return deadlines === 0 ? null : Math.round((onTime / deadlines) * 1000) / 1000;
  }

  async dashboard(me: Principal) {
    const now = this.clock.now();
    const since = new Date(now.getTime() - COMPLIANCE_WINDOW_DAYS * DAY_MS);
    const rows = await whereAccessible(this.db.getRepository(Incident).createQueryBuilder('r'), me.ability, 'read', 'Incident')
      .andWhere('(r.status = :active OR r.resolvedAt >= :since)', { active: 'active', since })
      .orderBy('r.declaredAt', 'DESC')
      .getMany();
    const ids = rows.map((r) => r.id);
    const viewed = new Map((await this.incidents.views(rows)).map((v) => [v.id, v]));
    const stats = await this.stats(ids);
    const open = new Map<string, Record<'telephone_update' | 'written_confirmation' | 'smt_contact', number>>();
    for (const r of rows.filter((x) => x.status === 'active')) {
      // Today's calls and letters, and the SMT contacts not yet made, per incident.
      const day = viewed.get(r.id)!.day;
      const tasks = (await this.updates.tasksOf(r, this.db.manager, { perSetting: true, done: false }))
        .filter((t) => t.key === 'smt_contact' || t.day === day);
      open.set(r.id, {
        telephone_update: tasks.filter((t) => t.key === 'telephone_update').length,
        written_confirmation: tasks.filter((t) => t.key === 'written_confirmation').length,
        smt_contact: tasks.filter((t) => t.key === 'smt_contact').length,
      });
    }
    const owners = await this.incidents.namesFor(rows.map((r) => Object.assign(new IncidentEntry(), { actorId: r.ownerId, settingId: null })));
    const views = rows.map((r) => {
      const view = viewed.get(r.id)!;
      const s = stats.get(r.id)!;
      return {
        id: view.id, title: view.title, status: view.status, day: view.day, cadenceMinutes: view.cadenceMinutes,
        declaredAt: view.declaredAt, resolvedAt: view.resolvedAt, ownerId: view.ownerId, ownerName: owners.staff.get(view.ownerId) ?? null,
        settingsAffected: view.affectedSettingsCount, nextUpdateDueAt: view.nextUpdateDueAt, overdue: view.overdue,
        reminderDue: view.reminderDue, personalDataBreach: view.personalDataBreach, functionalityRemoved: view.functionalityRemoved,
        portalMessage: view.portalMessage, ...s, missedDeadlines: view.missedUpdates, missedUpdates: view.missedUpdates,
        lateDeclaration: view.lateDeclaration, compliance: this.share(s.onTime, s.updates, view.overdue ? 1 : 0),
        openTasks: open.get(r.id) ?? { telephone_update: 0, written_confirmation: 0, smt_contact: 0 },
      };
    });
    const active = views.filter((v) => v.status === 'active');
    const totals = views.reduce((t, v) => ({ updates: t.updates + v.updates, onTime: t.onTime + v.onTime, overdueNow: t.overdueNow + (v.overdue ? 1 : 0) }),
      { updates: 0, onTime: 0, overdueNow: 0 });
    const [{ distinct }] = await this.db.query(
      'SELECT count(DISTINCT setting_id)::int AS distinct FROM incident_settings WHERE incident_id = ANY($1::uuid[])', [active.map((a) => a.id)]);
    const chartFrom = new Date(now.getTime() - (CHART_DAYS - 1) * DAY_MS);
    const byDay: { date: string; on_time: number; late: number }[] = await this.db.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date,
              count(e.id) FILTER (WHERE e.due_at IS NULL OR e.at <= e.due_at)::int AS on_time,
              count(e.id) FILTER (WHERE e.at > e.due_at)::int AS late
         FROM generate_series(date_trunc('day', $2::timestamptz AT TIME ZONE 'UTC'), date_trunc('day', $3::timestamptz AT TIME ZONE 'UTC'), interval '1 day') d
         LEFT JOIN incident_entries e ON e.kind = 'customer_update' AND e.incident_id = ANY($1::uuid[])
              AND date_trunc('day', e.at AT TIME ZONE 'UTC') = d
        GROUP BY d ORDER BY d`,
      [ids, chartFrom, now],
    );
    return {
      id: 'dashboard',
      generatedAt: now,
      activeIncidents: active.length,
      settingsAffected: distinct as number,
      overdueCount: active.filter((a) => a.overdue).length,
      compliance: {
        windowDays: COMPLIANCE_WINDOW_DAYS,
        updates: totals.updates,
        onTime: totals.onTime,
        late: totals.updates - totals.onTime,
        overdueNow: totals.overdueNow,
        share: this.share(totals.onTime, totals.updates, totals.overdueNow),
      },
      byDay: byDay.map((d) => ({ date: d.date, onTime: d.on_time, late: d.late })),
      active,
      overdue: active.filter((a) => a.overdue).map((a) => ({
        id: a.id, title: a.title, ownerId: a.ownerId, ownerName: a.ownerName, nextUpdateDueAt: a.nextUpdateDueAt,
        minutesOverdue: a.nextUpdateDueAt ? Math.floor((now.getTime() - a.nextUpdateDueAt.getTime()) / 60_000) : 0,
        settingsAffected: a.settingsAffected,
      })),
      recentlyResolved: views.filter((v) => v.status === 'resolved'),
    };
  }

  /** Everything that happened, for the post-incident review; exportable as Markdown. */
  async review(me: Principal, id: string) {
    const incident = await this.incidents.load(me, id, 'read', this.db.manager);
    const view = await this.incidents.viewOf(incident, this.db.manager);
    const s = (await this.stats([id])).get(id)!;
    const entries = await this.db.getRepository(IncidentEntry).find({ where: { incidentId: id }, order: { seq: 'ASC' } });
    const names = await this.incidents.namesFor([...entries, Object.assign(new IncidentEntry(), { actorId: incident.ownerId, settingId: null })]);
    const tasks = await this.updates.tasksOf(incident, this.db.manager);
    const byKey = Object.fromEntries(TASK_KEYS.map((k) => [k, { title: PLAYBOOK[k].title, role: PLAYBOOK[k].role, total: 0, done: 0 }])) as
      Record<TaskKey, { title: string; role: string; total: number; done: number }>;
    for (const t of tasks) {
      byKey[t.key].total++;
      if (t.done) byKey[t.key].done++;
    }
    const cases: { id: string; title: string; status: string; setting_id: string }[] = await this.db.query(
      'SELECT id, title, status, setting_id FROM cases WHERE incident_id = $1 ORDER BY created_at', [id]);
    const caseSettings = await this.incidents.settingNames([...new Set(cases.map((c) => c.setting_id))]);
    const mail: { kind: string; status: string; n: number }[] = await this.db.query(
      'SELECT kind, status, count(*)::int AS n FROM outbox WHERE incident_id = $1 GROUP BY kind, status ORDER BY kind, status', [id]);
    const end = incident.resolvedAt ?? this.clock.now();
    const reminders = entries.filter((e) => e.kind === 'reminder').length;
    return {
      id: incident.id,
      incident: view,
      ownerName: names.staff.get(incident.ownerId) ?? null,
      durationMinutes: Math.round((end.getTime() - incident.discoveredAt.getTime()) / 60_000),
      days: view.day,
      customerUpdates: { ...s, late: s.updates - s.onTime, reminders, compliance: this.share(s.onTime, s.updates, view.overdue ? 1 : 0) },
      internalUpdates: entries.filter((e) => e.kind === 'internal_update').length,
      decisions: entries.filter((e) => e.kind === 'decision').map((e) => entryView(e, names)),
      cases: cases.map((c) => ({ id: c.id, title: c.title, status: c.status, settingId: c.setting_id, settingName: caseSettings.get(c.setting_id) ?? null })),
      tasks: byKey,
      mail,
      timeline: entries.map((e) => entryView(e, names)),
    };
  }

  async reviewMarkdown(me: Principal, id: string): Promise<string> {
    const r = await this.review(me, id);
    return renderReview(r);
  }
}

const fmt = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');
const cell = (s: string | null | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function renderReview(r: Awaited<ReturnType<IncidentReportsService['review']>>): string {
  const i: IncidentView = r.incident;
  const pct = r.customerUpdates.compliance === null ? '—' : `${Math.round(r.customerUpdates.compliance * 100)}%`;
  const lines = [
    `# Post-incident review: ${i.title}`,
    '',
    `- Status: ${i.status}${i.resolvedAt ? ` (resolved ${fmt(i.resolvedAt)})` : ''}`,
    `- Discovered: ${fmt(i.discoveredAt)}; declared: ${fmt(i.declaredAt)}; owner: ${r.ownerName ?? i.ownerId}`,
    `- Duration: ${Math.floor(r.durationMinutes / 60)} h ${r.durationMinutes % 60} min, ${r.days} incident day(s)`,
    `- Settings affected: ${i.affectedSettingsCount}`,
    `- Functionality removed: ${i.functionalityRemoved === null ? 'not decided' : i.functionalityRemoved ? 'yes' : 'no'}`,
    `- Personal data breach: ${i.personalDataBreach ? `yes — DPOs told ${fmt(i.breachNotifiedAt)}, controller deadline ${fmt(i.controllerDeadlineAt)}` : 'no'}`,
    '',
    '## Summary',
    '',
    i.resolutionSummary ?? '_Not resolved yet._',
    '',
    '## Description',
    '',
    i.description || '—',
    '',
    '## Customer updates',
    '',
    `${r.customerUpdates.updates} update(s), ${r.customerUpdates.onTime} on time, ${r.customerUpdates.late} late; ` +
      `${r.customerUpdates.missedDeadlines} missed deadline(s) notified; ${r.customerUpdates.reminders} reminder(s). Compliance: ${pct}.`,
    `Internal updates: ${r.internalUpdates}.`,
    '',
    '## Playbook',
    '',
    '| task | role | done |',
    '|---|---|---|',
    ...Object.entries(r.tasks).filter(([, t]) => t.total > 0).map(([key, t]) => `| ${key}: ${cell(t.title)} | ${t.role} | ${t.done}/${t.total} |`),
    '',
    '## Decisions',
    '',
    ...(r.decisions.length ? r.decisions.map((d) => `- ${fmt(d.at)} ${d.decision} by ${d.actorName ?? '—'}: ${cell(d.message)}`) : ['—']),
    '',
    '## Linked cases',
    '',
    ...(r.cases.length ? r.cases.map((c) => `- ${cell(c.title)} — ${cell(c.settingName)} (${c.status})`) : ['—']),
    '',
    '## Email',
    '',
    ...(r.mail.length ? r.mail.map((m) => `- ${m.kind}: ${m.n} ${m.status}`) : ['—']),
    '',
    '## Timeline',
    '',
    '| at | what | who | setting | detail |',
    '|---|---|---|---|---|',
    ...r.timeline.map((e) => `| ${fmt(e.at)} | ${e.kind}${e.contactKind ? ` (${e.contactKind})` : e.decision ? ` (${e.decision})` : ''} | ${cell(e.actorName ?? 'system')} | ${cell(e.settingName)} | ${cell(e.message)} |`),
    '',
  ];
  return lines.join('\n');
}
