import type { Mail } from '../mail/mail.service.js';
import type { Setting } from '../settings/setting.entity.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

export function retentionWarningMail(setting: Setting, to: string, purgeAt: Date): Mail {
  return {
    to,
    subject: `${setting.name}: your records will be deleted on ${day(purgeAt)}`,
    body: [
      `Dear ${setting.dpoName ?? 'Data Protection Officer'},`,
      '',
      `The subscription of ${setting.name} ended on ${setting.subscriptionEndsAt ? day(setting.subscriptionEndsAt) : 'an earlier date'}.`,
      `As our agreement says, every record your setting keeps with us (children, observations, parents and media) will be deleted from our servers on ${day(purgeAt)}.`,
      '',
      'If you need a copy of your records before then, ask us for an export: we will email you a download link.',
    ].join('\n'),
    kind: 'retention.warning',
    idempotencyKey: `retention-warning:${setting.id}:${setting.subscriptionEndsAt?.toISOString() ?? 'none'}`,
    settingId: setting.id,
  };
}

export function purgedMail(setting: Setting, to: string, counts: Record<string, number>): Mail {
  return {
    to,
    subject: `${setting.name}: your records have been deleted`,
    body: [
      `Dear ${setting.dpoName ?? 'Data Protection Officer'},`,
      '',
      `As our agreement says, the records of ${setting.name} have now been deleted from our servers:`,
      ...Object.entries(counts).map(([kind, n]) => `- ${kind}: ${n}`),
      '',
      'We keep only your setting\'s basic details and the audit log of who accessed your data, as the law requires.',
    ].join('\n'),
    kind: 'retention.purged',
    idempotencyKey: `retention-purged:${setting.id}`,
    settingId: setting.id,
  };
}
