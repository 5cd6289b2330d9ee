import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { CONFIG, type Config } from '../config/config.js';
import { Transactions } from '../database/transactions.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OutboxMessage, WITHHELD_BODY } from './outbox.entity.js';
import { OutboxRepository } from './outbox.repository.js';

export interface Mail {
  to: string;
  subject: string;
  body: string;
  /** What kind of message (e.g. `incident.declared`), for the outbox list. */
  kind: string;
  /** Names the cause and the recipient: the same key never makes a second email. */
  idempotencyKey: string;
  incidentId?: string | null;
  settingId?: string | null;
  /** The body holds a secret: staff never read it, and it is blanked once delivered. */
  sensitive?: boolean;
}

const SEND_TASK = 'mail.send' as const;

/**
 * SMTP connections are kept open and reused unless SMTP_URL says otherwise (`?pool=false`): a fan-out to thousands
 * of settings would otherwise pay a connection and greeting per message.
 */
export function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return url.toString();
}

/**
 * Points where a durability test can stop the process (kill -9) or fail the job; never set in production.
 * `afterSmtpAccepted`: the server has the message, the row is not yet marked sent.
 * `afterMarkedSent`: the row is marked sent, the job queue has not yet been told.
 */
export interface DeliveryFaults {
  afterSmtpAccepted?: (message: OutboxMessage) => void | Promise<void>;
  afterMarkedSent?: (message: OutboxMessage) => void | Promise<void>;
}

/**
 * Durable email. `enqueue` writes the outbox row and its delivery job in the caller's transaction; the worker
 * delivers through SMTP with retries and backoff. With no SMTP_URL, mail is kept as `captured`.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private transport?: Transporter;
  readonly faults: DeliveryFaults = {};

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly tx: Transactions,
    @Inject(CONFIG) private readonly config: Config,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    if (this.config.smtpUrl) this.transport = nodemailer.createTransport(pooled(this.config.smtpUrl));
    this.jobs.register(SEND_TASK, ({ outboxId }) => this.deliver(outboxId));
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Queues messages; returns the rows, including ones an earlier call with the same key already made. */
  async enqueue(mails: Mail[], manager: EntityManager): Promise<OutboxMessage[]> {
    if (mails.length === 0) return [];
    const status = this.transport ? 'queued' : 'captured';
    const inserted = await this.outbox.insertNew(mails.map((m) => ({
      idempotencyKey: m.idempotencyKey, kind: m.kind, to: m.to, subject: m.subject, body: m.body, sensitive: m.sensitive ?? false, status, attempts: 0,
      incidentId: m.incidentId ?? null, settingId: m.settingId ?? null,
    })), manager);
    if (this.transport) {
      await this.jobs.addMany(SEND_TASK, inserted.map((id) => ({
        payload: { outboxId: id },
        options: { jobKey: `mail:${id}`, maxAttempts: this.config.mailMaxAttempts },
      })), manager);
    }
    return this.outbox.findByKeys(mails.map((m) => m.idempotencyKey), manager);
  }

  /**
   * Sends one queued message. The row stays locked from the check to "sent", so two workers (or two replicas) holding
   * a job for the same message never both send it: the second skips the locked row and then finds it sent. A message
   * already marked sent is never sent again; the Message-ID is derived from the idempotency key so a receiver can
   * also drop a repeat from the narrow window between SMTP acceptance and our commit (a crash there rolls "sent" back).
   */
  async deliver(outboxId: string): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    let failure: unknown = null;
    const message = await this.tx.run(async (m) => {
      const row = await this.outbox.lockForDelivery(outboxId, m);
      if (!row || row.status !== 'queued') return null;
      const attempt = { ...row, attempts: row.attempts + 1 };
      try {
        await transport.sendMail({
          from: this.config.mailFrom,
          to: attempt.to,
          subject: attempt.subject,
          text: attempt.body,
          messageId: `<${attempt.idempotencyKey.replace(/[^A-Za-z0-9.:_-]/g, '_')}@custodian>`,
        });
      } catch (e) {
        failure = e;
        const lastError = e instanceof Error ? e.message : String(e);
        const final = attempt.attempts >= this.config.mailMaxAttempts;
        await this.outbox.recordAttempt(row.id, { attempts: attempt.attempts, lastError, ...(final ? { status: 'failed' } : {}) }, m);
        return attempt;
      }
      await this.faults.afterSmtpAccepted?.(attempt);
      await this.outbox.recordAttempt(row.id, {
        attempts: attempt.attempts, status: 'sent', sentAt: this.clock.now(), lastError: null, ...(attempt.sensitive ? { body: WITHHELD_BODY } : {}),
      }, m);
      return attempt;
    });
    if (failure) {
      this.logger.warn(`mail ${outboxId} to ${message?.to} failed (attempt ${message?.attempts}): ${failure instanceof Error ? failure.message : String(failure)}`);
      throw failure; // the queue retries with backoff
    }
    if (message) await this.faults.afterMarkedSent?.(message);
  }

  /** How an incident's emails stand, by kind and status, for its review. */
  deliveryCounts(incidentId: string) {
    return this.outbox.countsByIncident(incidentId);
  }
}
