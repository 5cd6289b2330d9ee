import type { Role } from '../policy/abilities.js';
import { dayAt, dayStartsAt } from './incident-clock.js';
import type { ContactKind } from './incident.entities.js';

/**
 * The company's critical escalation policy as data: which task falls on which day, whose it is, and what fact
 * completes it. Tasks are never stored; they are derived from the incident's timeline on every read.
 */
export const TASK_KEYS = [
  'notify_critical', 'decide_functionality', 'record_cases', 'count_affected', 'portal_message', 'brief_smt',
  'it_update', 'telephone_update', 'written_confirmation', 'smt_contact',
] as const;
export type TaskKey = (typeof TASK_KEYS)[number];

interface TaskDefinition {
  day: number;
  role: Role;
  title: string;
  /** One task for each affected setting. */
  perSetting?: ContactKind;
  /** Again every day from `day` on. */
  daily?: boolean;
}

export const PLAYBOOK: Record<TaskKey, TaskDefinition> = {
  notify_critical: { day: 1, role: 'it_manager', title: 'Email the critical mailbox and inform IT managers' },
  decide_functionality: { day: 1, role: 'it_manager', title: 'Decide whether to remove the affected functionality' },
  record_cases: { day: 1, role: 'support', title: 'Record every support case related to the critical' },
  count_affected: { day: 1, role: 'it_manager', title: 'Find how many settings could be affected' },
  portal_message: { day: 1, role: 'it_manager', title: 'Put a message onto the software portal' },
  brief_smt: { day: 1, role: 'it_manager', title: 'Brief SMT on the magnitude' },
  it_update: { day: 2, role: 'it_manager', title: 'Update SMT and CX on progress', daily: true },
  telephone_update: { day: 2, role: 'support', title: 'Give the setting a telephone update', perSetting: 'telephone_update', daily: true },
  written_confirmation: { day: 2, role: 'support', title: 'Confirm the update to the setting in writing', perSetting: 'written_confirmation', daily: true },
  smt_contact: {
    day: 3, role: 'smt', perSetting: 'smt_contact',
    title: 'Discuss the outcome of the investigation, the expected timescale for a fix and the reasons for the delay',
  },
};

export interface Done {
  at: Date;
  by: string | null;
}

export interface PlaybookFacts {
  discoveredAt: Date;
  declaredAt: Date;
  /** The incident's current day (frozen at resolution). */
  day: number;
  settings: { settingId: string; addedAt: Date; name?: string }[];
  firstDecision?: Done;
  firstCaseLinked?: Done;
  firstAffectedRegister?: Done;
  firstPortalMessage?: Done;
  /** Internal updates made by an IT manager, in time order. */
  itInternalUpdates: Done[];
  /** Contacts logged, by `${settingId}:${kind}`, in time order. */
  contacts: Map<string, Done[]>;
}

export interface Task {
  /** Stable within an incident: key, day and setting. */
  id: string;
  key: TaskKey;
  day: number;
  title: string;
  role: Role;
  settingId?: string;
  settingName?: string;
  done: boolean;
  doneAt?: Date;
  doneBy?: string | null;
}

function task(key: TaskKey, day: number, done: Done | undefined, extra: Partial<Task> = {}): Task {
  const def = PLAYBOOK[key];
  return {
    id: `${key}:${day}:${extra.settingId ?? '-'}`, key, day, title: def.title, role: def.role, ...extra,
    done: done !== undefined,
    ...(done ? { doneAt: done.at, doneBy: done.by } : {}),
  };
}

/** The playbook's tasks up to the incident's current day. */
export function tasksFor(facts: PlaybookFacts): Task[] {
  const tasks: Task[] = [
    task('notify_critical', 1, { at: facts.declaredAt, by: null }),
    task('decide_functionality', 1, facts.firstDecision),
    task('record_cases', 1, facts.firstCaseLinked),
    task('count_affected', 1, facts.firstAffectedRegister),
    task('portal_message', 1, facts.firstPortalMessage),
    task('brief_smt', 1, facts.itInternalUpdates[0]),
  ];
  for (let day = PLAYBOOK.it_update.day; day <= facts.day; day++) {
    const from = dayStartsAt(facts.discoveredAt, day);
    const until = dayStartsAt(facts.discoveredAt, day + 1);
    tasks.push(task('it_update', day, facts.itInternalUpdates.find((u) => u.at >= from && u.at < until)));
  }
  const perSetting = (['telephone_update', 'written_confirmation', 'smt_contact'] as const);
  const byName = [...facts.settings].sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0));
  for (const setting of byName) {
    const addedOn = dayAt(facts.discoveredAt, setting.addedAt);
    for (const key of perSetting) {
      // A setting added late gets its tasks from the day it was added; a daily task comes back every day after.
      const first = Math.max(PLAYBOOK[key].day, addedOn);
      const last = PLAYBOOK[key].daily ? facts.day : first;
      for (let day = first; day <= Math.min(last, facts.day); day++) {
        const from = dayStartsAt(facts.discoveredAt, day);
        const until = PLAYBOOK[key].daily ? dayStartsAt(facts.discoveredAt, day + 1) : null;
        const done = facts.contacts.get(`${setting.settingId}:${key}`)?.find((c) => c.at >= from && (!until || c.at < until));
        tasks.push(task(key, day, done, { settingId: setting.settingId, ...(setting.name !== undefined ? { settingName: setting.name } : {}) }));
      }
    }
  }
  const order = new Map(TASK_KEYS.map((k, i) => [k, i]));
  // A stable sort: settings stay in name order within a day and key.
  return tasks.sort((a, b) => a.day - b.day || order.get(a.key)! - order.get(b.key)!);
}
