import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { CommonError } from '../common/domain-error.js';
import { Transactions } from '../database/transactions.js';
import { SettingContactsRepository } from '../settings/setting-contacts.repository.js';
import { ContentRepository } from './content.repository.js';

/** The file `content:load` reads (API.md): a setting's content for fixtures and support reproductions. */
export interface ContentFile {
  children: { ref: string; firstName: string; lastName: string; knownAs?: string | null; dateOfBirth: string; room?: string | null; notes: string }[];
  parents: { childRef?: string | null; firstName: string; lastName: string; relationship?: string | null; email?: string | null; phone?: string | null; address?: string | null }[];
  observations: { childRef: string; observedAt: string; authorName: string; area?: string | null; text: string }[];
  media: { childRef?: string | null; filename: string; contentType: string; sizeBytes: number; caption?: string | null; takenAt?: string | null }[];
}

export interface LoadCounts { children: number; parents: number; observations: number; media: number }

const BATCH = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(message: string): never {
  throw CommonError.badInput(message);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(row: Record<string, unknown>, field: string, where: string, required: boolean): string | null {
  const v = row[field];
  if (v === undefined || v === null) {
    if (required) fail(`${where}.${field} is required`);
    return null;
  }
  if (typeof v !== 'string') fail(`${where}.${field} must be a string`);
  if (v.includes('\u0000')) fail(`${where}.${field} must not contain U+0000`);
  if (required && !v.trim()) fail(`${where}.${field} must not be empty`);
  return v;
}

function instant(row: Record<string, unknown>, field: string, where: string, required: boolean): Date | null {
  const raw = text(row, field, where, required);
  if (raw === null) return null;
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) fail(`${where}.${field} must be an ISO-8601 time, got "${raw}"`);
  return at;
}

function list(file: Record<string, unknown>, key: keyof ContentFile): Record<string, unknown>[] {
  const v = file[key] ?? [];
  if (!Array.isArray(v)) fail(`${key} must be an array`);
  v.forEach((row, i) => { if (!isObject(row)) fail(`${key}[${i}] must be an object`); });
  return v as Record<string, unknown>[];
}

/** Loads a content file into one setting, all or nothing, after checking every row. */
@Injectable()
export class ContentLoader {
  constructor(
    private readonly tx: Transactions,
    private readonly content: ContentRepository,
    private readonly settings: SettingContactsRepository,
    private readonly audit: AuditService,
  ) {}

  async load(settingId: string, input: unknown): Promise<LoadCounts> {
    if (!isObject(input)) fail('the file must hold a JSON object {children, parents, observations, media}');
    const unknown = Object.keys(input).filter((k) => !['children', 'parents', 'observations', 'media'].includes(k));
    if (unknown.length) fail(`unknown key ${unknown.join(', ')}; expected children, parents, observations, media`);
    if (!(await this.settings.exists(settingId))) fail(`no setting with id ${settingId}`);

    const idOf = new Map<string, string>();
    const children = list(input, 'children').map((c, i) => {
      const where = `children[${i}]`;
      const ref = text(c, 'ref', where, true)!;
      if (idOf.has(ref)) fail(`${where}.ref "${ref}" is used twice`);
      const id = randomUUID();
      idOf.set(ref, id);
      const dateOfBirth = text(c, 'dateOfBirth', where, true)!;
      if (!DATE.test(dateOfBirth) || Number.isNaN(new Date(dateOfBirth).getTime())) fail(`${where}.dateOfBirth must be YYYY-MM-DD, got "${dateOfBirth}"`);
      return {
        id, settingId, firstName: text(c, 'firstName', where, true)!, lastName: text(c, 'lastName', where, true)!, knownAs: text(c, 'knownAs', where, false),
        dateOfBirth, room: text(c, 'room', where, false), notes: text(c, 'notes', where, false) ?? '',
      };
    });
    const childId = (row: Record<string, unknown>, where: string, required: boolean) => {
      const ref = text(row, 'childRef', where, required);
      if (ref === null) return null;
      const id = idOf.get(ref);
      if (!id) fail(`${where}.childRef "${ref}" names no child in the file`);
      return id;
    };
    const parents = list(input, 'parents').map((p, i) => {
      const where = `parents[${i}]`;
      return {
        settingId, childId: childId(p, where, false), firstName: text(p, 'firstName', where, true)!, lastName: text(p, 'lastName', where, true)!,
        relationship: text(p, 'relationship', where, false), email: text(p, 'email', where, false), phone: text(p, 'phone', where, false),
        address: text(p, 'address', where, false),
      };
    });
    const observations = list(input, 'observations').map((o, i) => {
      const where = `observations[${i}]`;
      return {
        settingId, childId: childId(o, where, true)!, observedAt: instant(o, 'observedAt', where, true)!, authorName: text(o, 'authorName', where, true)!,
        area: text(o, 'area', where, false), text: text(o, 'text', where, true)!,
      };
    });
    const media = list(input, 'media').map((m, i) => {
      const where = `media[${i}]`;
      const size = m.sizeBytes;
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 0 || size > 2_147_483_647) fail(`${where}.sizeBytes must be a whole number of bytes`);
      return {
        settingId, childId: childId(m, where, false), filename: text(m, 'filename', where, true)!, contentType: text(m, 'contentType', where, true)!,
        sizeBytes: size, caption: text(m, 'caption', where, false), takenAt: instant(m, 'takenAt', where, false),
      };
    });

    const counts: LoadCounts = { children: children.length, parents: parents.length, observations: observations.length, media: media.length };
    await this.tx.run(async (m) => {
      await this.content.insertMany('children', children, BATCH, m);
      await this.content.insertMany('parents', parents, BATCH, m);
      await this.content.insertMany('observations', observations, BATCH, m);
      await this.content.insertMany('media', media, BATCH, m);
      await this.audit.record({ actorId: null, action: 'content.loaded', subjectType: 'Setting', subjectId: settingId, settingId, detail: { ...counts } }, m);
    });
    return counts;
  }
}
