// One API replica as production runs it (HTTP, job worker, system clock) on a shared database, for the scale-out tests:
// it prints `ready <port>` once it listens. CRASH_POINT (afterSmtpAccepted | afterMarkedSent) and CRASH_AFTER=n make it
// kill -9 itself at that point of its n-th delivery of a CRASH_KIND message, so the crash lands mid-work.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { SystemClock } from '../../../server/src/common/clock.js';
import { loadConfig } from '../../../server/src/config/config.js';
import { createApp } from '../../../server/src/create-app.js';
import { MailService, type DeliveryFaults } from '../../../server/src/mail/mail.service.js';

const config = loadConfig(process.env);
const app = await createApp({ config, databaseUrl: process.env.DATABASE_URL!, clock: new SystemClock(), worker: true });
const point = process.env.CRASH_POINT as keyof DeliveryFaults | undefined;
const after = Number(process.env.CRASH_AFTER || 0);
if (point && after > 0) {
  let seen = 0;
  app.get(MailService).faults[point] = (message) => {
    if (message.kind !== process.env.CRASH_KIND || ++seen < after) return undefined;
    // Stay inside the window until killed, so deliveries already past it can finish as they would in a real crash.
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), 500);
    return new Promise<void>(() => undefined);
  };
}
process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));
await app.listen(0, '127.0.0.1');
process.stdout.write(`ready ${(app.getHttpServer().address() as AddressInfo).port}\n`);
