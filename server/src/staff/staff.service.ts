import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { permittedFieldsOf } from '@casl/ability/extra';
import { DataSource, type Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { passwordProblem, PasswordService } from '../auth/password.service.js';
import type { Principal } from '../auth/principal.js';
import { SessionsService } from '../auth/sessions.service.js';
import { TWO_FACTOR_OFF } from '../auth/two-factor.service.js';
import { parseListQuery, runListQuery, type ListParams, type ListSpec } from '../common/list-query.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import { whereAccessible } from '../policy/accessible-where.js';
import type { Role } from '../policy/abilities.js';
import type { CreateStaffDto, UpdateStaffDto } from './dto/staff.dto.js';
import { Staff } from './staff.entity.js';
import { StaffError, StaffErrorCode } from './staff.errors.js';

export const STAFF_LIST: ListSpec = {
  sortable: ['name', 'email', 'createdAt', 'active'],
  filters: { roles: 'array', active: 'boolean', email: 'text' },
  search: ['name', 'email'],
  defaultSort: ['name', 'ASC'],
};

const ALL_FIELDS = ['id', 'email', 'name', 'roles', 'active', 'lockedUntil', 'mfaEnabled', 'createdAt', 'updatedAt'] as const;

export interface NewStaff {
  email: string;
  name: string;
  roles: Role[];
  password: string;
  active?: boolean;
}

@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** A staff record as this caller may see it: admins see it all, colleagues see names and roles. */
  view(me: Principal, s: Staff): Record<string, unknown> {
    const fields = permittedFieldsOf(me.ability, 'read', 'Staff', { fieldsFrom: (rule) => rule.fields || [...ALL_FIELDS] });
    return Object.fromEntries(fields.map((f) => [f, s[f as keyof Staff]]));
  }

  async list(me: Principal, params: ListParams) {
    const query = parseListQuery(params, STAFF_LIST);
    return runListQuery(whereAccessible(this.staff.createQueryBuilder('s'), me.ability, 'read', 'Staff'), query, STAFF_LIST);
  }

  async get(me: Principal, id: string): Promise<Staff> {
    const found = await whereAccessible(this.staff.createQueryBuilder('s'), me.ability, 'read', 'Staff').andWhere('s.id = :id', { id }).getOne();
    if (!found) throw new StaffError(StaffErrorCode.NotFound, 'staff member not found');
    return found;
  }

  private async checkedHash(password: string, email: string, name: string): Promise<string> {
    const problem = passwordProblem(password, [email, name, ...name.split(/\s+/)]);
    if (problem) throw new StaffError(StaffErrorCode.WeakPassword, problem);
    return this.passwords.hash(password);
  }

  private async ensureEmailFree(email: string, exceptId?: string): Promise<void> {
    const qb = this.staff.createQueryBuilder('s').where('lower(s.email) = lower(:email)', { email });
    if (exceptId) qb.andWhere('s.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw new StaffError(StaffErrorCode.EmailTaken, `a staff member with email ${email} already exists`);
  }

  /** Creates a staff member; `actorId` is null when the CLI does it. */
  async create(input: NewStaff | CreateStaffDto, actorId: string | null, ip: string | null = null): Promise<Staff> {
    await this.ensureEmailFree(input.email);
    const passwordHash = await this.checkedHash(input.password, input.email, input.name);
    return this.db.transaction(async (m) => {
      const created = await m.save(m.create(Staff, {
        email: input.email.trim(),
        name: input.name.trim(),
        roles: [...new Set(input.roles)],
        active: input.active ?? true,
        passwordHash,
        failedLogins: 0,
        lockedUntil: null,
        mfaEnabled: false,
      }));
      await this.audit.record({ actorId, action: 'staff.create', subjectType: 'Staff', subjectId: created.id, ip, detail: { email: created.email, roles: created.roles } }, m);
      // Secrets stay in the database: what is returned is what a select without them would load.
      const { passwordHash: _hash, mfaSecret: _secret, mfaPendingSecret: _pending, mfaLastStep: _step, ...plain } = created;
      return plain as Staff;
    });
  }

  async update(me: Principal, id: string, dto: UpdateStaffDto): Promise<Staff> {
    const current = await this.get(me, id);
    const changes = withoutReadOnly(dto, ['lockedUntil', 'mfaEnabled', 'password', 'lastSignInAt']) as Partial<Staff>;
    if (id === me.staff.id && (changes.active === false || (changes.roles && !changes.roles.includes('admin')))) {
      throw new StaffError(StaffErrorCode.SelfLockout, 'you cannot disable yourself or remove your own admin role');
    }
    if (changes.email) await this.ensureEmailFree(changes.email, id);
    const passwordHash = dto.password !== undefined
      ? await this.checkedHash(dto.password, changes.email ?? current.email, changes.name ?? current.name)
      : undefined;
    return this.db.transaction(async (m) => {
      await m.update(Staff, { id }, { ...changes, ...(passwordHash ? { passwordHash } : {}) });
      let sessionsEnded = 0;
      if (changes.active === false && current.active) sessionsEnded = await this.sessions.endAllFor(id, 'disabled', m);
      await this.audit.record({
        actorId: me.staff.id, action: 'staff.update', subjectType: 'Staff', subjectId: id, ip: me.ip,
        detail: { changed: [...Object.keys(changes), ...(passwordHash ? ['password'] : [])], sessionsEnded },
      }, m);
      return m.findOneByOrFail(Staff, { id });
    });
  }

  async unlock(me: Principal, id: string): Promise<Staff> {
    await this.get(me, id);
    return this.db.transaction(async (m) => {
      await m.update(Staff, { id }, { lockedUntil: null, failedLogins: 0 });
      await this.audit.record({ actorId: me.staff.id, action: 'staff.unlock', subjectType: 'Staff', subjectId: id, ip: me.ip }, m);
      return m.findOneByOrFail(Staff, { id });
    });
  }

  /** For someone who lost their authenticator: they sign in with their password and can set it up again. */
  async resetTwoFactor(me: Principal, id: string): Promise<Staff> {
    const current = await this.get(me, id);
    // One's own is turned off with a current code, so a stolen session alone cannot take the second factor away.
    if (id === me.staff.id) throw new StaffError(StaffErrorCode.SelfLockout, 'turn your own two-factor sign-in off on the Two-factor sign-in page, with a code');
    if (!current.mfaEnabled) throw new StaffError(StaffErrorCode.TwoFactorOff, 'two-factor sign-in is not on for this staff member');
    return this.db.transaction(async (m) => {
      await m.update(Staff, { id }, TWO_FACTOR_OFF);
      await this.audit.record({ actorId: me.staff.id, action: 'staff.two_factor_reset', subjectType: 'Staff', subjectId: id, ip: me.ip }, m);
      return m.findOneByOrFail(Staff, { id });
    });
  }

  /** When each of these people last signed in, from their sessions. */
  async lastSignIns(ids: string[]): Promise<Map<string, Date>> {
    if (!ids.length) return new Map();
    const rows: { staff_id: string; at: Date }[] = await this.db.query(
      'SELECT staff_id, max(created_at) AS at FROM sessions WHERE staff_id = ANY($1::uuid[]) GROUP BY staff_id', [ids]);
    return new Map(rows.map((r) => [r.staff_id, new Date(r.at)]));
  }

  async liveSessions(me: Principal, id: string) {
    await this.get(me, id);
    return this.sessions.live(id);
  }

  /** Ends one session of a staff member, or all of them when no session id is given. */
  async endSessions(me: Principal, id: string, sessionId?: string): Promise<number> {
    await this.get(me, id);
    return this.db.transaction(async (m) => {
      let ended: number;
      if (sessionId) {
        const session = await this.sessions.findOne(sessionId);
        if (!session || session.staffId !== id) throw new StaffError(StaffErrorCode.SessionNotFound, 'session not found');
        ended = (await this.sessions.end(sessionId, 'revoked', undefined, m)) ? 1 : 0;
      } else {
        ended = await this.sessions.endAllFor(id, 'revoked', m);
      }
      await this.audit.record({ actorId: me.staff.id, action: 'staff.sessions_revoked', subjectType: 'Staff', subjectId: id, ip: me.ip, detail: { sessionId: sessionId ?? null, ended } }, m);
      return ended;
    });
  }
}
