import { subject as asSubject } from '@casl/ability';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import type { SubjectName } from '../policy/abilities.js';
import { CommonError } from '../common/domain-error.js';
import { policyScoped } from './policy-scoped.js';
import { parseListQuery, runPlainListQuery, type ListParams, type ListResult, type ListSpec } from './list-query.js';

/**
 * The shape every plain admin resource shares: lists narrowed by the policy, reads that 404 on rows the caller may
 * not see, and writes checked against the record and audited in the same transaction.
 */
export class AuditedRecords<T extends ObjectLiteral & { id: string }> {
  constructor(
    protected readonly db: DataSource,
    protected readonly entity: EntityTarget<T>,
    protected readonly subject: SubjectName,
    protected readonly label: string,
    protected readonly spec: ListSpec,
    protected readonly audit: AuditService,
  ) {}

  protected settingIdOf(row: T): string | null {
    return (row as { settingId?: string }).settingId ?? null;
  }

  list(me: Principal, params: ListParams): Promise<ListResult<T>> {
    const query = parseListQuery(params, this.spec);
    return runPlainListQuery(policyScoped(this.db.manager, this.entity, me, 'read', this.subject), query, this.spec);
  }

  async get(me: Principal, id: string, manager: EntityManager = this.db.manager): Promise<T> {
    const row = await policyScoped(manager, this.entity, me, 'read', this.subject).andWhere('r.id = :id', { id }).getOne();
    if (!row) throw CommonError.notFound(this.label);
    return row;
  }

  protected assertCan(me: Principal, action: 'create' | 'update', row: Partial<T>): void {
    if (!me.ability.can(action, asSubject(this.subject as never, row as never))) {
      throw CommonError.forbidden(`not allowed to ${action} this ${this.label}`);
    }
  }

  async create(me: Principal, data: Partial<T>, manager?: EntityManager): Promise<T> {
    this.assertCan(me, 'create', data);
    const work = async (m: EntityManager) => {
      const row = await m.save(m.create(this.entity, data as T));
      await this.audit.record({
        actorId: me.staff.id, action: `${this.label}.create`, subjectType: String(this.subject), subjectId: row.id,
        settingId: this.settingIdOf(row), ip: me.ip, detail: { fields: Object.keys(data) },
      }, m);
      return row;
    };
    return manager ? work(manager) : this.db.transaction(work);
  }

  async update(me: Principal, id: string, changes: Partial<T>, manager?: EntityManager): Promise<T> {
    const work = async (m: EntityManager) => {
      const row = await this.get(me, id, m);
      this.assertCan(me, 'update', row);
      const changed = Object.keys(changes).filter((k) => String(changes[k]) !== String(row[k]));
      if (changed.length > 0) {
        await m.update(this.entity, { id } as never, changes as never);
        await this.audit.record({
          actorId: me.staff.id, action: `${this.label}.update`, subjectType: String(this.subject), subjectId: id,
          settingId: this.settingIdOf(row), ip: me.ip, detail: { changed },
        }, m);
      }
      return m.findOneByOrFail(this.entity, { id } as never);
    };
    return manager ? work(manager) : this.db.transaction(work);
  }
}
