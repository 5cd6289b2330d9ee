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

/** A real SMTP server in this process that keeps what it receives; `fail` makes it refuse the next messages. */
export async function startSmtpSink() {
  const received: ReceivedMail[] = [];
  const state = { failNext: 0 };
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    fail(count: number) { state.failNext = count; },
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
