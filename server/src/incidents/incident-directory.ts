import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { CONFIG, type Config } from '../config/config.js';
import type { Role } from '../policy/abilities.js';
import { SettingDirectoryRepository, type SettingContact } from '../settings/setting-directory.repository.js';
import { StaffDirectoryRepository } from '../staff/staff-directory.repository.js';
import { AffectedSettingsRepository } from './affected-settings.repository.js';
import type { Recipient } from './incident-mail.js';

export type { SettingContact } from '../settings/setting-directory.repository.js';

/** Who an incident's emails go to: staff by role, the critical mailbox, and the affected settings' contacts. */
@Injectable()
export class IncidentDirectory {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly staff: StaffDirectoryRepository,
    private readonly settings: SettingDirectoryRepository,
    private readonly affected: AffectedSettingsRepository,
  ) {}

  criticalMailbox(): Recipient {
    return { email: this.config.criticalEmail, key: 'critical-mailbox', name: 'Critical mailbox' };
  }

  /** Every active member of staff holding any of these roles, once each. */
  async staffWithRoles(roles: Role[], manager: EntityManager): Promise<Recipient[]> {
    return (await this.staff.contactable(roles, manager)).map((r) => ({ email: r.email, key: `staff:${r.id}`, name: r.name }));
  }

  async staffMember(id: string, manager: EntityManager): Promise<(Recipient & { roles: string[]; active: boolean }) | null> {
    const row = await this.staff.member(id, manager);
    return row ? { email: row.email, key: `staff:${row.id}`, name: row.name, roles: row.roles, active: row.active } : null;
  }

  /** The affected settings of an incident (or those of them named), in name order. */
  async affectedSettings(incidentId: string, manager: EntityManager, only?: string[]): Promise<SettingContact[]> {
    const register = await this.affected.of(incidentId, manager, only);
    return this.settings.contacts(register.map((r) => r.settingId), manager);
  }

  /** The affected settings of an incident as the principal may read them, for a preview shown to them. */
  async affectedSettingsFor(me: Principal, incidentId: string, manager: EntityManager): Promise<SettingContact[]> {
    const register = await this.affected.of(incidentId, manager);
    return this.settings.contactsFor(me, register.map((r) => r.settingId), manager);
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
