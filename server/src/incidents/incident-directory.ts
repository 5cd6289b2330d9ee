import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CONFIG, type Config } from '../config/config.js';
import type { Role } from '../policy/abilities.js';
import type { Recipient } from './incident-mail.js';

export interface SettingContact {
  settingId: string;
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  dpoEmail: string | null;
}

/** Who an incident's emails go to: staff by role, the critical mailbox, and the affected settings' contacts. */
@Injectable()
export class IncidentDirectory {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  criticalMailbox(): Recipient {
    return { email: this.config.criticalEmail, key: 'critical-mailbox', name: 'Critical mailbox' };
  }

  /** Every active member of staff holding any of these roles, once each. */
  async staffWithRoles(roles: Role[], manager: EntityManager): Promise<Recipient[]> {
    const rows: { id: string; email: string; name: string }[] = await manager.query(
      'SELECT id, email, name FROM staff WHERE active AND roles && $1::text[] ORDER BY name, id',
      [roles],
    );
    return rows.map((r) => ({ email: r.email, key: `staff:${r.id}`, name: r.name }));
  }

  /** Active staff with any of these roles, for a preview: only the named columns are read. */
  async staffPreview(roles: Role[], fields: ('name' | 'email')[], limit: number, manager: EntityManager) {
    const columns = fields.length ? fields.join(', ') : 'NULL AS nothing';
    const rows: Record<string, string>[] = await manager.query(
      `SELECT ${columns}, count(*) OVER () AS total FROM staff WHERE active AND roles && $1::text[] ORDER BY name, id LIMIT $2`,
      [roles, limit],
    );
    return { count: Number(rows[0]?.total ?? 0), rows: rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]]))) };
  }

  async staffMember(id: string, manager: EntityManager): Promise<(Recipient & { roles: string[]; active: boolean }) | null> {
    const [row]: { id: string; email: string; name: string; roles: string[]; active: boolean }[] = await manager.query(
      'SELECT id, email, name, roles, active FROM staff WHERE id = $1',
      [id],
    );
    return row ? { email: row.email, key: `staff:${row.id}`, name: row.name, roles: row.roles, active: row.active } : null;
  }

  /** The affected settings of an incident (or those of them named), in name order. */
  async affectedSettings(incidentId: string, manager: EntityManager, only?: string[]): Promise<SettingContact[]> {
    const rows: { id: string; name: string; contact_email: string | null; contact_phone: string | null; dpo_email: string | null }[] =
      await manager.query(
        `SELECT s.id, s.name, s.contact_email, s.contact_phone, s.dpo_email
           FROM incident_settings i JOIN settings s ON s.id = i.setting_id
          WHERE i.incident_id = $1 ${only ? 'AND s.id = ANY($2::uuid[])' : ''}
          ORDER BY s.name, s.id`,
        only ? [incidentId, only] : [incidentId],
      );
    return rows.map((r) => ({ settingId: r.id, name: r.name, contactEmail: r.contact_email, contactPhone: r.contact_phone, dpoEmail: r.dpo_email }));
  }

  /** One personal email per setting, to its contact address; settings without one are listed, not guessed at. */
  contactsOf(settings: SettingContact[]): { recipients: Recipient[]; withoutEmail: { settingId: string; name: string }[] } {
    const recipients: Recipient[] = [];
    const withoutEmail: { settingId: string; name: string }[] = [];
    for (const s of settings) {
      if (s.contactEmail) recipients.push({ email: s.contactEmail, key: `setting:${s.settingId}`, settingId: s.settingId, name: s.name });
      else withoutEmail.push({ settingId: s.settingId, name: s.name });
    }
    return { recipients, withoutEmail };
  }

  /** A breach notice goes to the setting's DPO, or to its contact address when it names no DPO. */
  dposOf(settings: SettingContact[]): Recipient[] {
    return settings.flatMap((s) => {
      const email = s.dpoEmail ?? s.contactEmail;
      return email ? [{ email, key: `setting:${s.settingId}`, settingId: s.settingId, name: s.name }] : [];
    });
  }
}
