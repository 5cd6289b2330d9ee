import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, type ListParams, type ListResult, type ListSpec } from '../database/list-query.js';
import { OutboxMessage, readable } from './outbox.entity.js';
import { OutboxRepository } from './outbox.repository.js';

export const OUTBOX_LIST: ListSpec = {
  sortable: ['createdAt', 'sentAt', 'status', 'to', 'kind'],
  filters: { status: 'text', kind: 'text', incidentId: 'uuid', settingId: 'uuid', to: 'text' },
  search: ['to', 'subject'],
  defaultSort: ['createdAt', 'DESC'],
};

/** Staff reading the outbox: the rows and fields their policy allows, never a sensitive message's body. */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  async list(me: Principal, params: ListParams): Promise<ListResult<Partial<OutboxMessage>>> {
    const result = await this.outbox.list(me, parseListQuery(params, OUTBOX_LIST), OUTBOX_LIST);
    return { ...result, rows: result.rows.map((r) => this.shown(me, r)) };
  }

  async get(me: Principal, id: string): Promise<Partial<OutboxMessage>> {
    const row = await this.outbox.findFor(me, id);
    if (!row) throw CommonError.notFound('message');
    return this.shown(me, row);
  }

  /** Only the fields the caller's rule allows: a delivery record for some, the whole message for others. */
  private shown(me: Principal, row: OutboxMessage): Partial<OutboxMessage> {
    const visible = readable(row);
    const subject = asSubject('Outbox', { ...row }) as never;
    if (me.ability.can('read', subject, 'body')) return visible;
    return Object.fromEntries(Object.entries(visible).filter(([k, v]) => v !== undefined && me.ability.can('read', subject, k)));
  }
}
