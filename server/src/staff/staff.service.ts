import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasswordResetsService } from '../auth/password-resets.service.js';
import { Clock } from '../common/clock.js';
import { MailService } from '../mail/mail.service.js';
import { AuditService } from '../audit/audit.service.js';
import { passwordProblem, PasswordService } from '../auth/password.service.js';
import type { Principal } from '../auth/principal.js';
import { SessionsService } from '../auth/sessions.service.js';
import { TwoFactorService } from '../auth/two-factor.service.js';
import { CommonError } from '../common/domain-error.js';
import { parseListQuery, type ListParams, type ListSpec } from '../database/list-query.js';
import { permittedColumns } from '../database/policy-scoped.js';
import { Transactions } from '../database/transactions.js';
import { withoutReadOnly } from '../common/read-only-fields.js';
import type { Role } from '../policy/abilities.js';
import type { CreateStaffDto, UpdateStaffDto } from './dto/staff.dto.js';
import type { Staff } from './staff.entity.js';
import { StaffError, StaffErrorCode } from './staff.errors.js';
import { StaffDirectoryRepository } from './staff-directory.repository.js';
import { StaffRepository } from './staff.repository.js';

export const STAFF_LIST: ListSpec = {
  sortable: ['name', 'email', 'createdAt', 'active'],
  filters: { roles: 'array', active: 'boolean', email: 'text' },
  search: ['name', 'email'],
  defaultSort: ['name', 'ASC'],
};

const ALL_FIELDS = ['id', 'email', 'name', 'roles', 'active', 'lockedUntil', 'mfaEnabled', 'trainingCompletedAt', 'createdAt', 'updatedAt'] as const;

/** Admins administer accounts; the roles that open or approve content are never theirs as well. */
const ADMIN_EXCLUDES = ['developer', 'it_manager'];
/** Granting these is told to every SMT member. */
const WATCHED_ROLES = ['it_manager', 'admin'];

export function separationProblem(roles: readonly string[]): string | null {
  const clash = roles.includes('admin') ? roles.filter((r) => ADMIN_EXCLUDES.includes(r)) : [];
  return clash.length ? `roles: admin is never held together with ${clash.join(' or ')} (separation of duties)` : null;
}

export interface NewStaff {
  email: string;
  name: string;
  roles: Role[];
  password: string;
  active?: boolean;
  /** When their data-protection training was completed; without it they cannot open or approve access. */
  trainingCompletedAt?: Date | string | null;
}

@Injectable()
export class StaffService {
  constructor(
    private readonly tx: Transactions,
    private readonly staff: StaffRepository,
    private readonly directory: StaffDirectoryRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly resets: PasswordResetsService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /** A training date is a day that has happened. */
  private trainingDate(value: Date | string | null | undefined): Date | null {
    if (!value) return null;
    const at = new Date(value);
    if (at > this.clock.now()) throw CommonError.badInput('trainingCompletedAt must not be in the future');
    return at;
  }

  /** A staff record as this caller may see it: admins see it all, colleagues see names and roles. */
  view(me: Principal, s: Staff): Record<string, unknown> {
    return Object.fromEntries(this.readable(me).map((f) => [f, s[f as keyof Staff]]));
  }

  /** The staff fields the policy lets this caller read: the only ones queried, searched, filtered or sorted. */
  private readable(me: Principal): string[] {
    return permittedColumns(me, 'read', 'Staff', ALL_FIELDS);
  }

  async list(me: Principal, params: ListParams) {
    const fields = this.readable(me);
    // Built from the permitted fields, so a colleague can neither see nor search nor filter by what they may not read.
    const spec: ListSpec = {
      ...STAFF_LIST,
      sortable: STAFF_LIST.sortable.filter((f) => fields.includes(f)),
      filters: Object.fromEntries(Object.entries(STAFF_LIST.filters).filter(([f]) => fields.includes(f))),
      search: STAFF_LIST.search.filter((f) => fields.includes(f)),
    };
    return this.staff.list(me, parseListQuery(params, spec), spec);
  }

  async get(me: Principal, id: string): Promise<Staff> {
    const found = await this.staff.findVisible(me, id);
    if (!found) throw new StaffError(StaffErrorCode.NotFound, 'staff member not found');
    return found;
  }

  private async checkedHash(password: string, email: string, name: string): Promise<string> {
    const problem = passwordProblem(password, [email, name, ...name.split(/\s+/)]);
    if (problem) throw new StaffError(StaffErrorCode.WeakPassword, problem);
    return this.passwords.hash(password);
  }

  private async ensureEmailFree(email: string, exceptId?: string): Promise<void> {
    if (await this.staff.emailTaken(email, exceptId)) throw new StaffError(StaffErrorCode.EmailTaken, `a staff member with email ${email} already exists`);
  }

  /** Creates a staff member; `actorId` is null when the CLI does it. */
  async create(input: NewStaff | CreateStaffDto, actorId: string | null, ip: string | null = null): Promise<Staff> {
    const clash = separationProblem(input.roles);
    if (clash) throw new StaffError(StaffErrorCode.IncompatibleRoles, clash);
    await this.ensureEmailFree(input.email);
    const passwordHash = await this.checkedHash(input.password, input.email, input.name);
    const trainingCompletedAt = this.trainingDate(input.trainingCompletedAt);
    return this.tx.run(async (m) => {
      const created = await this.staff.insert({
        email: input.email.trim(),
        name: input.name.trim(),
        roles: [...new Set(input.roles)],
        active: input.active ?? true,
        passwordHash,
        trainingCompletedAt,
      }, m);
      await this.audit.record({ actorId, action: 'staff.create', subjectType: 'Staff', subjectId: created.id, ip, detail: { email: created.email, roles: created.roles } }, m);
      await this.tellSmt(created, created.roles.filter((r) => WATCHED_ROLES.includes(r)), actorId, m);
      return created;
    });
  }

  async update(me: Principal, id: string, dto: UpdateStaffDto): Promise<Staff> {
    const current = await this.get(me, id);
    const changes = withoutReadOnly(dto, ['lockedUntil', 'mfaEnabled', 'lastSignInAt']) as Partial<Staff>;
    if (dto.trainingCompletedAt !== undefined) changes.trainingCompletedAt = this.trainingDate(dto.trainingCompletedAt);
    const clash = separationProblem(changes.roles ?? current.roles);
    if (clash) throw new StaffError(StaffErrorCode.IncompatibleRoles, clash);
    if (id === me.staff.id && (changes.active === false || (changes.roles && !changes.roles.includes('admin')))) {
      throw new StaffError(StaffErrorCode.SelfLockout, 'you cannot disable yourself or remove your own admin role');
    }
    if (changes.email) await this.ensureEmailFree(changes.email, id);
    return this.tx.run(async (m) => {
      const before = await this.staff.findById(id, m);
      await this.staff.update(id, changes, m);
      let sessionsEnded = 0;
      if (changes.active === false && current.active) sessionsEnded = await this.sessions.endAllFor(id, 'disabled', m);
      await this.audit.record({
        actorId: me.staff.id, action: 'staff.update', subjectType: 'Staff', subjectId: id, ip: me.ip,
        detail: { changed: Object.keys(changes), changes: Object.fromEntries(Object.keys(changes).map((k) => [k, { before: before[k as keyof Staff], after: changes[k as keyof Staff] }])), sessionsEnded },
      }, m);
      const after = await this.staff.findById(id, m);
      await this.tellSmt(after, after.roles.filter((r) => WATCHED_ROLES.includes(r) && !before.roles.includes(r)), me.staff.id, m);
      return after;
    });
  }

  /** Ends a member of staff's access, as a termly review decided: inactive, every session ended. */
  async deactivate(actorId: string, id: string, reason: string, m: EntityManager): Promise<{ sessionsEnded: number }> {
    await this.staff.update(id, { active: false }, m);
    const sessionsEnded = await this.sessions.endAllFor(id, 'disabled', m);
    await this.audit.record({ actorId, action: 'staff.deactivated', subjectType: 'Staff', subjectId: id, detail: { reason, sessionsEnded } }, m);
    return { sessionsEnded };
  }

  async unlock(me: Principal, id: string): Promise<Staff> {
    await this.get(me, id);
    return this.tx.run(async (m) => {
      await this.staff.unlock(id, m);
      await this.audit.record({ actorId: me.staff.id, action: 'staff.unlock', subjectType: 'Staff', subjectId: id, ip: me.ip }, m);
      return this.staff.findById(id, m);
    });
  }

  /** For someone who lost their authenticator: they sign in with their password and can set it up again. */
  async resetTwoFactor(me: Principal, id: string): Promise<Staff> {
    const current = await this.get(me, id);
    // One's own is turned off with a current code, so a stolen session alone cannot take the second factor away.
    if (id === me.staff.id) throw new StaffError(StaffErrorCode.SelfLockout, 'turn your own two-factor sign-in off on the Two-factor sign-in page, with a code');
    if (!current.mfaEnabled) throw new StaffError(StaffErrorCode.TwoFactorOff, 'two-factor sign-in is not on for this staff member');
    return this.tx.run(async (m) => {
      await this.twoFactor.turnOff(id, m);
      const ended = await this.resets.endAccess(id, 'two_factor_reset', m);
      await this.audit.record({ actorId: me.staff.id, action: 'staff.two_factor_reset', subjectType: 'Staff', subjectId: id, ip: me.ip, detail: ended }, m);
      return this.staff.findById(id, m);
    });
  }

  /** When each of these people last signed in, from their sessions. */
  lastSignIns(ids: string[]): Promise<Map<string, Date>> {
    return this.sessions.lastSignIns(ids);
  }

  /** Emails the person a single-use link to set a new password; their sessions and live grants end at once. */
  async sendPasswordReset(me: Principal, id: string) {
    await this.get(me, id);
    return this.tx.run(async (m) => {
      const staff = await this.staff.findById(id, m);
      if (!staff.active) throw new StaffError(StaffErrorCode.Inactive, 'this staff member is disabled: enable them before sending a reset');
      const ended = await this.resets.send(staff, me.staff.id, me.ip, m);
      return { id, status: 'sent', ...ended };
    });
  }

  /** Giving someone a role that decides access or administers accounts is told to every SMT member. */
  private async tellSmt(staff: Staff, granted: string[], actorId: string | null, m: EntityManager): Promise<void> {
    if (granted.length === 0) return;
    const smt = await this.directory.withRole('smt', m);
    const actorName = actorId ? (await this.directory.contact(actorId, m))?.name ?? null : null;
    const stamp = this.clock.now().getTime();
    await this.mail.enqueue(smt.map((s) => ({
      to: s.email,
      subject: `${staff.name} was given the ${granted.join(' and ')} role`,
      body: [
        `Hello ${s.name},`,
        '',
        `${actorName ?? 'The command line (staff:create)'} gave ${staff.name} <${staff.email}> the role${granted.length > 1 ? 's' : ''} ${granted.join(' and ')}.`,
        `Their roles are now: ${staff.roles.join(', ')}.`,
        '',
        'If this was not expected, review it with the administrator.',
      ].join('\n'),
      kind: 'staff.role_granted', idempotencyKey: `role-granted:${staff.id}:${granted.join('+')}:${stamp}:${s.id}`,
    })), m);
  }

  async liveSessions(me: Principal, id: string) {
    await this.get(me, id);
    return this.sessions.live(id);
  }

  /** Ends one session of a staff member, or all of them when no session id is given. */
  async endSessions(me: Principal, id: string, sessionId?: string): Promise<number> {
    await this.get(me, id);
    return this.tx.run(async (m) => {
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
