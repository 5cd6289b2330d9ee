import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { Clock, HOUR } from '../common/clock.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { SettingDirectoryRepository } from '../settings/setting-directory.repository.js';
import { BreachNoticesRepository } from './breach-notices.repository.js';
import { IncidentDirectory } from './incident-directory.js';
import { articleNoticeMail, type BreachNoticeContent, type Recipient } from './incident-mail.js';
import type { Incident, IncidentBreachNotice } from './incident.entities.js';
import { IncidentError, IncidentErrorCode } from './incidents.errors.js';
import { IncidentsService } from './incidents.service.js';

const hoursSince = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / HOUR) * 10) / 10;

/**
 * The processor's Art. 33(3) notices to each affected setting's DPO: what happened, to whose data, what it may
 * cause, what is done about it and whom to ask. Each later notice to a setting is a follow-up; every one is kept.
 */
@Injectable()
export class IncidentBreachNoticesService {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly notices: BreachNoticesRepository,
    private readonly settings: SettingDirectoryRepository,
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly directory: IncidentDirectory,
  ) {}

  /**
   * The notices a call would send now: one per affected setting with a DPO (or contact) address. A preview (`viewer`)
   * reads the settings as the viewer may read them.
   */
  private async plan(m: EntityManager, incident: Incident, content: BreachNoticeContent, viewer?: Principal) {
    if (!incident.personalDataBreach) {
      throw new IncidentError(IncidentErrorCode.NotABreach, 'the incident is not flagged as a personal data breach: flag it first');
    }
    const settings = viewer ? await this.directory.affectedSettingsFor(viewer, incident.id, m) : await this.directory.affectedSettings(incident.id, m);
    const recipients = this.directory.dposOf(settings);
    if (recipients.length === 0) throw new IncidentError(IncidentErrorCode.NoRecipients, 'no affected setting has a DPO or contact email');
    const previous = await this.notices.lastNoticeBySetting(incident.id, m);
    const now = this.clock.now();
    return recipients.map((r: Recipient) => {
      const notice = (previous.get(r.settingId!) ?? 0) + 1;
      const n = { notice, followUp: notice > 1, sentAt: now, hoursSinceAwareness: hoursSince(incident.discoveredAt, now) };
      return { recipient: r, ...n, mail: articleNoticeMail(incident, r, content, n) };
    });
  }

  /** Each DPO's email as it would be sent, for the form's preview. */
  async preview(me: Principal, id: string, content: BreachNoticeContent) {
    const incident = await this.incidents.load(me, id, 'update', this.tx.manager);
    const plan = await this.plan(this.tx.manager, incident, content, me);
    return plan.map((p) => ({
      id: p.recipient.settingId!, settingId: p.recipient.settingId!, settingName: p.recipient.name ?? null, to: p.mail.to,
      followUp: p.followUp, subject: p.mail.subject, body: p.mail.body,
    }));
  }

  async send(me: Principal, id: string, content: BreachNoticeContent) {
    return this.tx.run(async (m) => {
      const incident = await this.incidents.load(me, id, 'update', m, true);
      const plan = await this.plan(m, incident, content);
      const rows = await this.notices.add(plan.map((p) => ({
        incidentId: incident.id, settingId: p.recipient.settingId!, notice: p.notice, sentAt: p.sentAt, sentById: me.staff.id,
        followUp: p.followUp, sentTo: p.mail.to, content: { ...content },
      })), m);
      await this.mail.enqueue(plan.map((p) => p.mail), m);
      const followUps = plan.filter((p) => p.followUp).length;
      await this.incidents.addEntry(m, incident, me, {
        kind: 'breach_notice', recipients: plan.length,
        message: `Art. 33(3) breach notice sent to ${plan.length} DPO(s)${followUps ? ` (${followUps} follow-up(s))` : ''}`,
        detail: { followUps, hoursSinceAwareness: plan[0]!.hoursSinceAwareness },
      });
      await this.incidents.record(m, me, incident, 'incident.breach_notice', { notices: plan.length, followUps });
      return { id: incident.id, sent: plan.length, followUps, notices: rows.map((r) => this.view(incident, r, new Map())) };
    });
  }

  async list(me: Principal, id: string) {
    const incident = await this.incidents.load(me, id, 'read', this.tx.manager);
    const rows = await this.notices.of(id);
    const names = await this.settings.names(me, [...new Set(rows.map((r) => r.settingId))]);
    return rows.map((r) => this.view(incident, r, names));
  }

  private view(incident: Incident, r: IncidentBreachNotice, names: Map<string, string>) {
    return {
      id: r.id, settingId: r.settingId, settingName: names.get(r.settingId) ?? null, sentAt: r.sentAt,
      hoursSinceAwareness: hoursSince(incident.discoveredAt, r.sentAt), followUp: r.followUp, notice: r.notice, sentTo: r.sentTo,
    };
  }
}
