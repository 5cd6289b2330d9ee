import { Inject, Injectable } from '@nestjs/common';
import { ZipArchive } from 'archiver';
import type { Writable } from 'node:stream';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock, HOUR } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { ContentExportRepository } from '../content/content-export.repository.js';
import { Transactions } from '../database/transactions.js';
import { MailService } from '../mail/mail.service.js';
import { CONTENT_KINDS } from '../policy/abilities.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import type { Setting } from '../settings/setting.entity.js';
import { csvStream, jsonStream } from './content-stream.js';
import { ExportLink } from './export-link.entity.js';
import { ExportError, ExportErrorCode } from './exports.errors.js';
import { ExportsRepository } from './exports.repository.js';
import { hashToken, newToken } from '../common/tokens.js';

export const EXPORT_LINK_DAYS = 7;
/** What staff are told of an export: where it went and until when, never the link. */
export function exportView(link: ExportLink) {
  return { id: link.id, settingId: link.settingId, sentTo: link.sentTo, expiresAt: link.expiresAt, createdAt: link.createdAt, status: 'sent' as const };
}

/**
 * A departing customer's copy of their records. Support asks for it; the DPO alone receives the single-use link;
 * the ZIP is streamed from the database in batches, so a large setting is never held in memory.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly tx: Transactions,
    private readonly links: ExportsRepository,
    private readonly settings: SettingsRepository,
    private readonly content: ContentExportRepository,
    @Inject(CONFIG) private readonly config: Config,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async request(me: Principal, settingId: string) {
    return this.tx.run(async (m) => {
      const setting = await this.settings.findById(settingId, m, 'pessimistic_read');
      if (!setting) throw new ExportError(ExportErrorCode.SettingNotFound, 'setting not found');
      if (setting.subscriptionStatus === 'purged') throw new ExportError(ExportErrorCode.Purged, 'this setting was purged: there is nothing left to export');
      const to = setting.dpoEmail;
      if (!to) throw new ExportError(ExportErrorCode.NoAddress, 'the setting has no DPO email: record it first, the export goes to the DPO only');
      const token = newToken();
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + EXPORT_LINK_DAYS * 24 * HOUR);
      const link = await this.links.add({ settingId, tokenHash: hashToken(token), sentTo: to, requestedById: me.staff.id, expiresAt, createdAt: now }, m);
      const url = `${this.config.publicUrl.replace(/\/$/, '')}/api/public/exports/${token}`;
      await this.mail.enqueue([{
        to,
        subject: `${setting.name}: your records, ready to download`,
        body: [
          `Dear ${setting.dpoName ?? 'Data Protection Officer'},`,
          '',
          `As you asked, a copy of every record ${setting.name} keeps with us is ready: a ZIP with one JSON and one CSV file for each kind of record (children, observations, parents, media).`,
          `The link works once, until ${expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC. Nobody at our company can open it.`,
          url,
        ].join('\n'),
        kind: 'export.link', idempotencyKey: `export:${link.id}`, settingId, sensitive: true,
      }], m);
      await this.audit.record({
        actorId: me.staff.id, action: 'setting.export_requested', subjectType: 'Setting', subjectId: settingId, settingId, ip: me.ip,
        detail: { exportId: link.id, sentTo: to, expiresAt: expiresAt.toISOString() },
      }, m);
      return exportView(link);
    });
  }

  /** Spends the link (once, before any byte is sent) and returns what to stream. */
  async open(token: string, ip: string | null): Promise<{ setting: Setting; linkId: string }> {
    if (token.length > 200) throw new ExportError(ExportErrorCode.LinkUnknown, 'this export link is not known');
    return this.tx.run(async (m) => {
      const link = await this.links.lockByTokenHash(hashToken(token), m);
      if (!link) throw new ExportError(ExportErrorCode.LinkUnknown, 'this export link is not known');
      if (link.usedAt) throw new ExportError(ExportErrorCode.LinkUsed, 'this export link has already been used; ask us for a new one');
      const now = this.clock.now();
      if (link.expiresAt <= now) throw new ExportError(ExportErrorCode.LinkExpired, 'this export link has expired; ask us for a new one');
      const setting = await this.settings.findById(link.settingId, m);
      if (!setting) throw new ExportError(ExportErrorCode.Purged, 'these records have been deleted');
      if (setting.subscriptionStatus === 'purged') throw new ExportError(ExportErrorCode.Purged, 'these records have been deleted');
      await this.links.spend(link.id, now, m);
      await this.audit.record({
        actorId: null, action: 'setting.exported', subjectType: 'Setting', subjectId: setting.id, settingId: setting.id, ip,
        detail: { exportId: link.id, sentTo: link.sentTo },
      }, m);
      return { setting, linkId: link.id };
    });
  }

  /** Writes the ZIP to `out`: for each kind a JSON and a CSV file, each streamed batch by batch. */
  async stream(settingId: string, out: Writable): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const zip = new ZipArchive({ zlib: { level: 6 } });
    const done = new Promise<void>((resolve, reject) => {
      out.on('close', resolve);
      out.on('finish', resolve);
      zip.on('error', reject);
    });
    zip.pipe(out);
    for (const kind of CONTENT_KINDS) {
      counts[kind] = 0;
      zip.append(jsonStream(this.content, kind, settingId, (n) => (counts[kind]! += n)), { name: `${kind}.json` });
      zip.append(csvStream(this.content, kind, settingId), { name: `${kind}.csv` });
    }
    await zip.finalize();
    await done;
    return counts;
  }
}
