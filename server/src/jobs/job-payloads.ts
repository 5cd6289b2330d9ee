import type { CopyDeleteReason } from '../access/investigation.entities.js';

/** A task run on a schedule, or one whose work needs no argument. */
export type NoPayload = Record<string, never>;

/**
 * Every task the job queue knows, with the payload it carries: registering a handler, scheduling a task and adding
 * a job are all checked against this one map, so a task name or a payload field cannot drift apart.
 */
export interface JobPayloads {
  'mail.send': { outboxId: string };
  'incidents.sweep': NoPayload;
  'incidents.deadline': { incidentId: string };
  'access.sweep': NoPayload;
  'access.ending_soon': { requestId: string };
  'investigation.delete': { copyId: string; reason: CopyDeleteReason };
  'retention.sweep': NoPayload;
  'transparency.monthly': NoPayload;
  'subject_requests.overdue': NoPayload;
}

export type JobTask = keyof JobPayloads;

/** The tasks a crontab entry may name: those that take no payload. */
export type ScheduledTask = { [K in JobTask]: JobPayloads[K] extends NoPayload ? K : never }[JobTask];
