import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { SettingDirectoryRepository } from '../settings/setting-directory.repository.js';
import { AffectedSettingsRepository } from './affected-settings.repository.js';
import { IncidentAlertsRepository } from './incident-alerts.repository.js';
import { DAY_MS } from './incident-clock.js';
import { IncidentTimelineRepository } from './incident-timeline.repository.js';
import { IncidentUpdatesService } from './incident-updates.service.js';
import { entryView, type IncidentView } from './incident-view.js';
import { IncidentsRepository } from './incidents.repository.js';
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
    private readonly tx: Transactions,
    private readonly rows: IncidentsRepository,
    private readonly entries: IncidentTimelineRepository,
    private readonly alerts: IncidentAlertsRepository,
    private readonly affected: AffectedSettingsRepository,
    private readonly settings: SettingDirectoryRepository,
    private readonly cases: CasesService,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  private async stats(ids: string[]): Promise<Map<string, UpdateStats>> {
    const out = new Map<string, UpdateStats>(ids.map((id) => [id, { updates: 0, onTime: 0, missedDeadlines: 0 }]));
    if (!ids.length) return out;
    for (const u of await this.entries.updateStats(ids)) Object.assign(out.get(u.incidentId)!, { updates: u.updates, onTime: u.onTime });
    for (const [id, n] of await this.alerts.overdueCounts(ids)) out.get(id)!.missedDeadlines = n;
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
    const rows = await this.rows.recentFor(me, since);
    const ids = rows.map((r) => r.id);
    const viewed = new Map((await this.incidents.views(rows)).map((v) => [v.id, v]));
    const stats = await this.stats(ids);
    const open = new Map<string, Record<'telephone_update' | 'written_confirmation' | 'smt_contact', number>>();
    for (const r of rows.filter((x) => x.status === 'active')) {
      // Today's calls and letters, and the SMT contacts not yet made, per incident.
      const day = viewed.get(r.id)!.day;
      const tasks = (await this.updates.tasksOf(me, r, this.tx.manager, { perSetting: true, done: false }))
        .filter((t) => t.key === 'smt_contact' || t.day === day);
      open.set(r.id, {
        telephone_update: tasks.filter((t) => t.key === 'telephone_update').length,
        written_confirmation: tasks.filter((t) => t.key === 'written_confirmation').length,
        smt_contact: tasks.filter((t) => t.key === 'smt_contact').length,
      });
    }
    const owners = await this.incidents.namesFor(me, rows.map((r) => ({ actorId: r.ownerId, settingId: null })));
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
    const distinct = await this.affected.distinctCount(active.map((a) => a.id));
    const chartFrom = new Date(now.getTime() - (CHART_DAYS - 1) * DAY_MS);
    const byDay = await this.entries.updatesByDay(ids, chartFrom, now);
    return {
      id: 'dashboard',
      generatedAt: now,
      activeIncidents: active.length,
      settingsAffected: distinct,
      overdueCount: active.filter((a) => a.overdue).length,
      compliance: {
        windowDays: COMPLIANCE_WINDOW_DAYS,
        updates: totals.updates,
        onTime: totals.onTime,
        late: totals.updates - totals.onTime,
        overdueNow: totals.overdueNow,
        share: this.share(totals.onTime, totals.updates, totals.overdueNow),
      },
      byDay,
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
    const incident = await this.incidents.load(me, id, 'read', this.tx.manager);
    const view = await this.incidents.viewOf(incident, this.tx.manager);
    const s = (await this.stats([id])).get(id)!;
    const entries = await this.entries.all(id);
    const names = await this.incidents.namesFor(me, [...entries, { actorId: incident.ownerId, settingId: null }]);
    const tasks = await this.updates.tasksOf(me, incident, this.tx.manager);
    const byKey = Object.fromEntries(TASK_KEYS.map((k) => [k, { title: PLAYBOOK[k].title, role: PLAYBOOK[k].role, total: 0, done: 0 }])) as
      Record<TaskKey, { title: string; role: string; total: number; done: number }>;
    for (const t of tasks) {
      byKey[t.key].total++;
      if (t.done) byKey[t.key].done++;
    }
    const cases = await this.cases.linkedTo(me, id);
    const caseSettings = await this.settings.names(me, [...new Set(cases.map((c) => c.settingId))]);
    const mail = await this.mail.deliveryCounts(id);
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
      cases: cases.map((c) => ({ id: c.id, title: c.title, status: c.status, settingId: c.settingId, settingName: caseSettings.get(c.settingId) ?? null })),
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
