import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string | undefined;
  subject: string;
  text: string;
  messageId: string | undefined;
}

/**
 * A real SMTP server in this process that keeps what it receives. `fail` makes it refuse the next messages; `gate`
 * admits only so many messages to some addresses and holds the rest unanswered (never accepted) until `open`.
 */
export async function startSmtpSink() {
  const received: ReceivedMail[] = [];
  const state = { failNext: 0, gated: new Set<string>(), limit: Infinity, admitted: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        if (state.failNext > 0) {
          state.failNext--;
          return done(Object.assign(new Error('mailbox unavailable'), { responseCode: 451 }));
        }
        if (session.envelope.rcptTo.some((r) => state.gated.has(r.address.toLowerCase()))) {
          if (state.admitted >= state.limit) return; // held: never answered, so never accepted
          state.admitted++;
        }
        const parsed = await simpleParser(Buffer.concat(chunks));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          messageId: parsed.messageId,
        });
        done();
      });
    },
  });
  // A connection error is re-emitted on the server; a client killed mid-delivery (the crash tests) resets its socket.
  const connectionErrors: Error[] = [];
  server.on('error', (e: Error) => connectionErrors.push(e));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    connectionErrors,
    fail(count: number) { state.failNext = count; },
    /** From now on admit `limit` messages to these addresses, then hold the rest. */
    gate(addresses: string[], limit: number) {
      Object.assign(state, { gated: new Set(addresses.map((a) => a.toLowerCase())), limit, admitted: 0 });
    },
    open() { state.limit = Infinity; },
    to(address: string) { return received.filter((m) => m.to.includes(address.toLowerCase())); },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function waitFor<T>(probe: () => T | Promise<T>, ms = 10_000, step = 100): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, step));
  }
}
