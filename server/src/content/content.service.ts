import { Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { CONTENT_SUBJECT, type ContentKind, type LiveGrant } from '../policy/abilities.js';
import { ContentRepository, type ContentIdentities, type CopyPageQuery } from './content.repository.js';

export type { ContentIdentities, CopyPageQuery } from './content.repository.js';

export const CONTENT_LISTS: Record<ContentKind, ListSpec> = {
  children: { sortable: ['lastName', 'firstName', 'dateOfBirth', 'createdAt'], filters: { room: 'text' }, search: ['firstName', 'lastName', 'knownAs'], defaultSort: ['lastName', 'ASC'] },
  observations: { sortable: ['observedAt', 'createdAt'], filters: { childId: 'uuid', area: 'text' }, search: ['text'], defaultSort: ['observedAt', 'DESC'] },
  parents: { sortable: ['lastName', 'firstName', 'createdAt'], filters: { childId: 'uuid' }, search: ['firstName', 'lastName'], defaultSort: ['lastName', 'ASC'] },
  media: { sortable: ['takenAt', 'filename', 'createdAt'], filters: { childId: 'uuid', contentType: 'text' }, search: ['filename', 'caption'], defaultSort: ['takenAt', 'DESC'] },
};

/**
 * A grant's content, for an investigation copy: each kind's page statement, run by the copy on a connection of its own
 * to `database`, and `finish`, the one audit event of the read, naming every record that went into the copy.
 */
export interface ContentCopyReader {
  kinds: ContentKind[];
  identities: ContentIdentities;
  database: string;
  pages(kind: ContentKind): CopyPageQuery;
  finish(recordIds: Partial<Record<ContentKind, string[]>>): Promise<void>;
}

/**
 * The only door to customer content. Every call needs a live grant for that setting and kind (from the one policy),
 * and every call — allowed or refused — is audited, naming the grant and the records returned.
 */
@Injectable()
export class ContentService {
  constructor(
    private readonly content: ContentRepository,
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

  async list(me: Principal, settingId: string, kind: ContentKind, params: ListParams): Promise<ListResult<ObjectLiteral>> {
    const query = parseListQuery(params, CONTENT_LISTS[kind]);
    const grant = await this.grantFor(me, settingId, kind);
    const result = await this.content.list(me, settingId, kind, query, CONTENT_LISTS[kind]);
    // Committed before the rows are returned; concurrent reads share the insert and the commit.
    await this.audit.recordCommitted({
      actorId: me.staff.id, action: 'content.read', subjectType: CONTENT_SUBJECT[kind], settingId, grantId: grant.id, ip: me.ip,
      detail: { kind, recordIds: result.rows.map((r) => r.id), total: result.total },
    });
    return result;
  }

  /**
   * Everything of a live grant's kinds, for an anonymised investigation copy, read in keyset-paged batches so a large
   * setting streams, with the names the setting records (whatever the kinds) so the anonymiser can replace them; those
   * never leave the server. One audit event names the grant and every record read.
   */
  async openCopy(me: Principal, settingId: string, grantId: string): Promise<ContentCopyReader> {
    const grant = me.grants.find((g) => g.id === grantId && g.settingId === settingId);
    const allowed = grant?.scopes.every((kind) => me.ability.can('read', asSubject(CONTENT_SUBJECT[kind], { settingId }) as never));
    if (!grant || !allowed) {
      await this.audit.record({
        actorId: me.staff.id, action: 'content.read_refused', subjectType: 'Setting', subjectId: settingId, settingId, ip: me.ip, detail: { purpose: 'investigation_copy', grantId },
      });
      throw CommonError.forbidden('no live access grant for this setting');
    }
    const identities: ContentIdentities = await this.content.identities(settingId);
    return {
      kinds: grant.scopes,
      identities,
      database: this.content.databaseUrl(),
      pages: (kind) => {
        if (!grant.scopes.includes(kind)) throw CommonError.forbidden(`this grant does not cover ${kind}`);
        return this.content.copyPages(me, settingId, kind);
      },
      finish: (recordIds) => this.audit.record({
        actorId: me.staff.id, action: 'content.copy', subjectType: 'Setting', subjectId: settingId, settingId, grantId: grant.id, ip: me.ip,
        detail: {
          purpose: 'investigation_copy',
          kinds: grant.scopes,
          recordIds,
          identitiesScrubbed: { children: identities.children.length, parents: identities.parents.length, authors: identities.authors.length },
        },
      }).then(() => undefined),
    };
  }

  async get(me: Principal, settingId: string, kind: ContentKind, id: string): Promise<ObjectLiteral> {
    const grant = await this.grantFor(me, settingId, kind);
    const row = await this.content.get(me, settingId, kind, id);
    if (!row) throw CommonError.notFound(kind === 'children' ? 'child' : kind.replace(/s$/, ''));
    await this.audit.recordCommitted({
      actorId: me.staff.id, action: 'content.read', subjectType: CONTENT_SUBJECT[kind], subjectId: id, settingId, grantId: grant.id, ip: me.ip,
      detail: { kind, recordIds: [id] },
    });
    return row;
  }
}
