import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { subject as asSubject } from '@casl/ability';
import { DataSource, type ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, runPlainListQuery, type ListParams, type ListResult, type ListSpec } from '../common/list-query.js';
import { whereAccessible } from '../policy/accessible-where.js';
import { CONTENT_SUBJECT, type ContentKind, type LiveGrant } from '../policy/abilities.js';
import { CONTENT_ENTITIES, Child, type Media, type Observation, Parent } from './content.entities.js';

const SPECS: Record<ContentKind, ListSpec> = {
  children: { sortable: ['lastName', 'firstName', 'dateOfBirth', 'createdAt'], filters: { room: 'text' }, search: ['firstName', 'lastName'], defaultSort: ['lastName', 'ASC'] },
  observations: { sortable: ['observedAt', 'createdAt'], filters: { childId: 'uuid', area: 'text' }, search: ['text'], defaultSort: ['observedAt', 'DESC'] },
  parents: { sortable: ['lastName', 'firstName', 'createdAt'], filters: { childId: 'uuid' }, search: ['firstName', 'lastName'], defaultSort: ['lastName', 'ASC'] },
  media: { sortable: ['takenAt', 'filename', 'createdAt'], filters: { childId: 'uuid', contentType: 'text' }, search: ['filename', 'caption'], defaultSort: ['takenAt', 'DESC'] },
};

/** A grant's content for an investigation copy, and the identities to scrub from it (server-side only). */
export interface ContentSnapshotRows {
  children: Child[];
  parents: Parent[];
  observations: Observation[];
  media: Media[];
  identities: { children: Child[]; parents: Parent[]; authors: string[] };
}

/**
 * The only door to customer content. Every call needs a live grant for that setting and kind (from the one policy),
 * and every call — allowed or refused — is audited, naming the grant and the records returned.
 */
@Injectable()
export class ContentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async grantFor(me: Principal, settingId: string, kind: ContentKind): Promise<LiveGrant> {
    const allowed = me.ability.can('read', asSubject(CONTENT_SUBJECT[kind], { settingId }) as never);
    const grant = me.grants.find((g) => g.settingId === settingId && g.scopes.includes(kind));
    if (!allowed || !grant) {
      await this.audit.record({
        actorId: me.staff.id, action: 'content.read_refused', subjectType: CONTENT_SUBJECT[kind], settingId, ip: me.ip, detail: { kind },
      });
      throw CommonError.forbidden(`no live access grant for ${kind} of this setting`);
    }
    return grant;
  }

  private query(me: Principal, settingId: string, kind: ContentKind) {
    const qb = this.db.getRepository<ObjectLiteral>(CONTENT_ENTITIES[kind]).createQueryBuilder('c');
    qb.where('c.setting_id = :settingId', { settingId });
    return whereAccessible(qb, me.ability, 'read', CONTENT_SUBJECT[kind]);
  }

  async list(me: Principal, settingId: string, kind: ContentKind, params: ListParams): Promise<ListResult<ObjectLiteral>> {
    const query = parseListQuery(params, SPECS[kind]);
    const grant = await this.grantFor(me, settingId, kind);
    const result = await runPlainListQuery(this.query(me, settingId, kind), query, SPECS[kind]);
    // Committed before the rows are returned; concurrent reads share the insert and the commit.
    await this.audit.recordCommitted({
      actorId: me.staff.id, action: 'content.read', subjectType: CONTENT_SUBJECT[kind], settingId, grantId: grant.id, ip: me.ip,
      detail: { kind, recordIds: result.rows.map((r) => r.id), total: result.total },
    });
    return result;
  }

  /**
   * Everything of a live grant's kinds, for an anonymised investigation copy, with the names and contact details the
   * setting records (whatever the kinds) so the anonymiser can scrub them; those never leave the server. One audit
   * event names the grant and every record read.
   */
  async snapshot(me: Principal, settingId: string, grantId: string): Promise<ContentSnapshotRows> {
    const grant = me.grants.find((g) => g.id === grantId && g.settingId === settingId);
    const allowed = grant?.scopes.every((kind) => me.ability.can('read', asSubject(CONTENT_SUBJECT[kind], { settingId }) as never));
    if (!grant || !allowed) {
      await this.audit.record({
        actorId: me.staff.id, action: 'content.read_refused', subjectType: 'Setting', subjectId: settingId, settingId, ip: me.ip, detail: { purpose: 'investigation_copy', grantId },
      });
      throw CommonError.forbidden('no live access grant for this setting');
    }
    const rows: ContentSnapshotRows = { children: [], parents: [], observations: [], media: [], identities: { children: [], parents: [], authors: [] } };
    for (const kind of grant.scopes) {
      (rows as unknown as Record<ContentKind, ObjectLiteral[]>)[kind] = await this.query(me, settingId, kind).orderBy('c.created_at').addOrderBy('c.id').getMany();
    }
    const m = this.db.manager;
    rows.identities.children = await m.find(Child, { where: { settingId }, select: { id: true, firstName: true, lastName: true, dateOfBirth: true, createdAt: true } });
    rows.identities.parents = await m.find(Parent, { where: { settingId }, select: { id: true, firstName: true, lastName: true, email: true, phone: true, address: true, createdAt: true } });
    const authors: { author_name: string }[] = await m.query('SELECT DISTINCT author_name FROM observations WHERE setting_id = $1', [settingId]);
    rows.identities.authors = authors.map((a) => a.author_name);
    await this.audit.record({
      actorId: me.staff.id, action: 'content.copy', subjectType: 'Setting', subjectId: settingId, settingId, grantId: grant.id, ip: me.ip,
      detail: {
        purpose: 'investigation_copy',
        kinds: grant.scopes,
        recordIds: Object.fromEntries(grant.scopes.map((kind) => [kind, (rows[kind] as { id: string }[]).map((r) => r.id)])),
        identitiesScrubbed: { children: rows.identities.children.length, parents: rows.identities.parents.length, authors: rows.identities.authors.length },
      },
    });
    return rows;
  }

  async get(me: Principal, settingId: string, kind: ContentKind, id: string): Promise<ObjectLiteral> {
    const grant = await this.grantFor(me, settingId, kind);
    const row = await this.query(me, settingId, kind).andWhere('c.id = :id', { id }).getOne();
    if (!row) throw CommonError.notFound(kind === 'children' ? 'child' : kind.replace(/s$/, ''));
    await this.audit.recordCommitted({
      actorId: me.staff.id, action: 'content.read', subjectType: CONTENT_SUBJECT[kind], subjectId: id, settingId, grantId: grant.id, ip: me.ip,
      detail: { kind, recordIds: [id] },
    });
    return row;
  }
}
