import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { cadenceOnDay, dayAt, MINUTE_MS, missedDeadlines, readClock, type ClockReading } from './incident-clock.js';
import { IncidentAlertsRepository } from './incident-alerts.repository.js';
import { IncidentDirectory } from './incident-directory.js';
import { IncidentTimelineRepository } from './incident-timeline.repository.js';
import { overdueMails, reminderMails, type Recipient } from './incident-mail.js';
import type { Incident } from './incident.entities.js';
import { IncidentsRepository } from './incidents.repository.js';

const SWEEP_TASK = 'incidents.sweep' as const;
const DEADLINE_TASK = 'incidents.deadline' as const;

export interface SweepResult {
  reminders: number;
  overdue: number;
}

export function timesOf(incident: Incident) {
  return {
    discoveredAt: incident.discoveredAt,
    lastCustomerUpdateAt: incident.lastCustomerUpdateAt,
    resolvedAt: incident.resolvedAt,
    cadence: { day1Minutes: incident.cadenceDay1Minutes, laterMinutes: incident.cadenceLaterMinutes },
  };
}

/** The deadlines missed since the last customer update, as of now. */
export function missedNow(incident: Incident, now: Date): Date[] {
  return missedDeadlines(timesOf(incident), incident.declaredAt, now);
}

export function clockOf(incident: Incident, now: Date, reminderLeadMinutes: number): ClockReading {
  return readClock({
    discoveredAt: incident.discoveredAt,
    lastCustomerUpdateAt: incident.lastCustomerUpdateAt,
    resolvedAt: incident.resolvedAt,
    cadence: { day1Minutes: incident.cadenceDay1Minutes, laterMinutes: incident.cadenceLaterMinutes },
  }, now, reminderLeadMinutes);
}

/**
 * Reminders before a customer update falls due and notices when it is missed. What is due is computed from the
 * stored times and the clock; an `incident_alerts` row per (incident, deadline, kind) makes each notice happen once,
 * however many sweeps, jobs or replicas look at it. Two triggers share that logic: a job per incident at the exact
 * reminder and due times (prompt), and a sweep every minute (the safety net after a restart or a missed job).
 */
@Injectable()
export class IncidentDeadlinesService implements OnModuleInit {
  private readonly logger = new Logger(IncidentDeadlinesService.name);

  constructor(
    private readonly tx: Transactions,
    private readonly incidents: IncidentsRepository,
    private readonly entries: IncidentTimelineRepository,
    private readonly alerts: IncidentAlertsRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly directory: IncidentDirectory,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_TASK, async () => {
      const { reminders, overdue } = await this.sweep();
      if (reminders + overdue > 0) this.logger.log(`incident sweep: ${reminders} reminder(s), ${overdue} overdue notice(s)`);
    });
    this.jobs.register(DEADLINE_TASK, ({ incidentId }) => this.check(incidentId).then(() => undefined));
    this.jobs.schedule(SWEEP_TASK, '* * * * *');
  }

  reading(incident: Incident): ClockReading {
    return clockOf(incident, this.clock.now(), this.config.reminderLeadMinutes);
  }

  /** (Re)schedules the incident's two deadline jobs; a new customer update replaces them through their keys. */
  async schedule(incident: Incident, manager: EntityManager): Promise<void> {
    const reading = this.reading(incident);
    if (!reading.nextUpdateDueAt || !reading.remindAt) {
      await this.jobs.remove([`incident:${incident.id}:remind`, `incident:${incident.id}:due`], manager);
      return;
    }
    await this.jobs.add(DEADLINE_TASK, { incidentId: incident.id }, { runAt: reading.remindAt, jobKey: `incident:${incident.id}:remind`, maxAttempts: 5 }, manager);
    await this.jobs.add(DEADLINE_TASK, { incidentId: incident.id },
      { runAt: new Date(reading.nextUpdateDueAt.getTime() + 1000), jobKey: `incident:${incident.id}:due`, maxAttempts: 5 }, manager);
  }

  /**
   * Every active incident (or those named): a reminder when one is due, a notice when a deadline was missed.
   * Safe to run any time, as often as you like.
   */
  async sweep(only?: string[]): Promise<SweepResult> {
    const now = this.clock.now();
    const active = await this.incidents.active(only);
    const candidates = active.flatMap((incident): { incident: Incident; kind: 'overdue' | 'reminder'; dueAt: Date }[] => {
      const r = clockOf(incident, now, this.config.reminderLeadMinutes);
      // Each missed deadline is announced in order, so the latest one tells whether any is still to announce.
      if (r.overdue) return [{ incident, kind: 'overdue', dueAt: missedNow(incident, now).at(-1) ?? r.nextUpdateDueAt! }];
      if (r.reminderDue) return [{ incident, kind: 'reminder', dueAt: r.nextUpdateDueAt! }];
      return [];
    });
    if (candidates.length === 0) return { reminders: 0, overdue: 0 };
    const done = await this.alerts.sentAmong(candidates.map((c) => ({ incidentId: c.incident.id, kind: c.kind, dueAt: c.dueAt })));
    const result: SweepResult = { reminders: 0, overdue: 0 };
    for (const c of candidates) {
      if (done.has(`${c.incident.id}:${c.kind}:${c.dueAt.getTime()}`)) continue;
      if (await this.alert(c.incident.id)) c.kind === 'overdue' ? result.overdue++ : result.reminders++;
    }
    return result;
  }

  /** The next deadline of a run of missed ones gets its own job, so each miss is announced when it happens. */
  private async scheduleNextMiss(incident: Incident, missed: Date[], m: EntityManager): Promise<void> {
    const last = missed.at(-1);
    if (!last) return;
    const next = new Date(last.getTime() + cadenceOnDay(dayAt(incident.discoveredAt, last), timesOf(incident).cadence) * MINUTE_MS);
    await this.jobs.add(DEADLINE_TASK, { incidentId: incident.id }, { runAt: new Date(next.getTime() + 1000), jobKey: `incident:${incident.id}:due`, maxAttempts: 5 }, m);
  }

  /** Deadlines missed before the last customer update: the earlier stretches of the incident. */
  private async missedBefore(incident: Incident, m: EntityManager): Promise<number> {
    const updates = (await this.entries.customerUpdateTimes([incident.id], m)).get(incident.id) ?? [];
    let last: Date | null = null;
    let missed = 0;
    for (const at of updates) {
      missed += missedDeadlines({ ...timesOf(incident), lastCustomerUpdateAt: last }, incident.declaredAt, at).length;
      last = at;
    }
    return missed;
  }

  /** One incident's deadline, now. */
  check(incidentId: string): Promise<boolean> {
    return this.alert(incidentId);
  }

  /**
   * Sends what is due for one incident, at most once per deadline. The incident row is locked and re-read, so an
   * update committed a moment ago is seen and a deadline already met is never announced.
   */
  private alert(incidentId: string): Promise<boolean> {
    return this.tx.run(async (m) => {
      const incident = await this.incidents.lock(incidentId, m);
      if (!incident || incident.status !== 'active') return false;
      const now = this.clock.now();
      const r = clockOf(incident, now, this.config.reminderLeadMinutes);
      const kind = r.overdue ? 'overdue' : r.reminderDue ? 'reminder' : null;
      if (!kind) return false;
      const deadlines = kind === 'overdue' ? missedNow(incident, now) : [r.nextUpdateDueAt!];
      const claimed = await this.alerts.claim(incident.id, kind, deadlines, now, m);
      if (kind === 'overdue') await this.scheduleNextMiss(incident, deadlines, m);
      if (claimed.length === 0) return false;
      const owner = await this.directory.staffMember(incident.ownerId, m);
      const ownerList: Recipient[] = owner?.active ? [owner] : [];
      const recipients = kind === 'reminder'
        ? ownerList
        : unique([...ownerList, ...(await this.directory.staffWithRoles(['smt', 'it_manager'], m))]);
      const missedSoFar = kind === 'overdue' ? await this.missedBefore(incident, m) : 0;
      const dues = claimed.sort((a, b) => a.getTime() - b.getTime());
      for (const dueAt of dues) {
        const ordinal = missedSoFar + deadlines.findIndex((d) => d.getTime() === dueAt.getTime()) + 1;
        const mails = kind === 'reminder' ? reminderMails(incident, dueAt, recipients) : overdueMails(incident, dueAt, recipients, ordinal);
        await this.mail.enqueue(mails, m);
        await this.entries.add({
          incidentId: incident.id, at: now, actorId: null, actorRoles: [], kind, dueAt, recipients: recipients.length,
          message: kind === 'reminder' ? 'Customer update reminder sent to the owner' : `Customer update overdue (missed update ${ordinal}): SMT and IT managers told`,
          detail: kind === 'overdue' ? { missedUpdate: ordinal } : {},
        }, m);
        await this.audit.record({
          actorId: null, action: `incident.${kind}`, subjectType: 'Incident', subjectId: incident.id,
          detail: { dueAt: dueAt.toISOString(), recipients: recipients.length },
        }, m);
      }
      return true;
    });
  }
}

export function unique(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}
