import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { ROLES } from '../data/contract';
import { API_URL, httpClient } from '../data/http';
import { abilityFrom, can, type AppAbility, type PackedRules } from './ability';

export { ROLES };
export type Role = (typeof ROLES)[number];

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  mfaEnabled: boolean;
  /** Holds a role that needs two-factor sign-in and has not set it up: only the set-up screen works. */
  mfaSetupRequired: boolean;
}

interface MeResponse {
  user: CurrentUser;
  grants: unknown[];
  rules: PackedRules;
  session?: { idleMinutes: number };
}

export interface Session {
  user: CurrentUser;
  grants: unknown[];
  ability: AppAbility;
  idleMinutes: number;
}

/**
 * The signed-in user, fetched once from /api/auth/me and kept in memory: react-admin asks checkAuth and canAccess
 * on every page and button, and they must answer at once and the same way each time. Login, logout and a 401 reset it.
 */
let current: Promise<Session | null> | null = null;

async function fetchSession(): Promise<Session | null> {
  try {
    const { json } = await httpClient(`${API_URL}/auth/me`);
    const me = json as MeResponse;
    return { user: me.user, grants: me.grants ?? [], ability: abilityFrom(me.rules), idleMinutes: me.session?.idleMinutes ?? 15 };
  } catch (e) {
    if (e instanceof HttpError && e.status === 401) return null;
    throw e;
  }
}

export function session(): Promise<Session | null> {
  if (!current) {
    const loading = fetchSession();
    current = loading;
    loading.catch(() => {
      if (current === loading) current = null; // a network fault is retried next time, not remembered
    });
  }
  return current;
}

function signedOut(): void {
  current = Promise.resolve(null);
}

/** Fetches /me again on the next ask, after a change to the signed-in user (two-factor sign-in turned on or off). */
export function reloadSession(): void {
  current = null;
}

/** Says on the login page why the person was signed out (the idle sign-out, for one). */
export function setSignOutReason(reason: string): void {
  signOutReason = reason;
}

/** The password was right and the account has two-factor sign-in on: the login page asks for the app's code. */
export class TwoFactorNeeded extends Error {}

/**
 * checkAuth refuses once per sign-in. react-admin answers a refusal by logging out, which clears its query cache, which
 * makes the still-mounted admin ask checkAuth again before the navigation to /login has rendered: refusing every time
 * turns that into a loop that starves the navigation for seconds. Later asks wait instead, and are let go (refused,
 * quietly) at the next sign-in, so a login page still waiting on one does not redirect over the post-login navigation.
 */
const QUIET_REFUSAL = { message: false, redirectTo: '/login' };
let refused = false;
/** Long enough for the navigation to the login page to render first, so a late refusal never loops. */
const LATE_REFUSAL_MS = 1500;
let waiting: ((refusal: unknown) => void)[] = [];

/** Why the user was sent to the login page, when it was not their own doing; the login page says it. */
let signOutReason: string | null = null;
export const lastSignOutReason = (): string | null => signOutReason;

function signedIn(): void {
  refused = false;
  signOutReason = null;
  const release = waiting;
  waiting = [];
  release.forEach((refuse) => refuse(QUIET_REFUSAL));
}

/** The server's own words for a refused login (wrong credentials, a locked account, too many attempts). */
function loginProblem(e: unknown): Error {
  if (e instanceof HttpError) {
    if ((e.body as { code?: string } | undefined)?.code === 'two_factor_required') return new TwoFactorNeeded(e.message);
    if (e.status === 423) {
      const readable = e.message.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, (iso) =>
        new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
      );
      return new Error(`${readable}. An admin can unlock it sooner.`);
    }
    if (e.status === 429) return new Error('too many sign-in attempts from here; wait a minute and try again');
    return new Error(e.message || 'sign-in failed');
  }
  return new Error('the server could not be reached');
}

export const authProvider: AuthProvider = {
  async login({ username, email, password, code }: { username?: string; email?: string; password: string; code?: string }) {
    try {
      await httpClient(`${API_URL}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: (email ?? username ?? '').trim(), password, ...(code ? { code: code.replace(/\s/g, '') } : {}) }),
      });
    } catch (e) {
      throw loginProblem(e);
    }
    current = null;
    if (!(await session())) throw new Error('signed in, but the session was not accepted; try again');
    signedIn();
  },

  async logout() {
    const was = await (current ?? Promise.resolve(null)).catch(() => null);
    signedOut();
    if (!was) return; // nothing to end on the server (never signed in, or the session already died)
    await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    if (await session()) return;
    if (refused) {
      // A development build mounts everything twice (React's StrictMode): the first refusal's redirect is dropped with
      // the first mount, so a later ask must still be refused in the end, or the page stays on "Loading" for ever.
      return new Promise<void>((_, refuse) => {
        waiting.push(refuse);
        setTimeout(() => {
          if (!waiting.includes(refuse)) return;
          waiting = waiting.filter((w) => w !== refuse);
          refuse(QUIET_REFUSAL);
        }, LATE_REFUSAL_MS);
      });
    }
    refused = true;
    throw QUIET_REFUSAL; // to the login page, without a toast on a first visit
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      if (await session()) signOutReason = 'Your session has ended (it was idle too long, expired or was ended by an admin). Please sign in again.';
      signedOut();
      throw { message: 'ra.notification.logged_out' }; // react-admin logs out and sends the user to the login page
    }
    // 403 and the rest: stay signed in; the page shows the error.
  },

  async getIdentity(): Promise<UserIdentity> {
    const s = await session();
    if (!s) throw new Error('not signed in');
    return {
      id: s.user.id, fullName: s.user.name, email: s.user.email, roles: s.user.roles, mfaEnabled: s.user.mfaEnabled,
      mfaSetupRequired: !!s.user.mfaSetupRequired, idleMinutes: s.idleMinutes,
    };
  },

  async getPermissions() {
    return (await session())?.ability ?? null;
  },

  async canAccess({ action, resource, record }) {
    const s = await session();
    return !!s && can(s.ability, action, resource, record);
  },
};
