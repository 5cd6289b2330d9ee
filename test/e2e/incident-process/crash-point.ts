// The process the crash and scale-out tests start: the real application with its job worker and the system clock.
// CRASH_POINT (afterSmtpAccepted | afterMarkedSent) and CRASH_AFTER=n make it kill itself (-9) at that point of its
// n-th delivery of a CRASH_KIND message, so the crash lands exactly where the test needs it.
import 'reflect-metadata';
import { SystemClock } from '../../../server/src/common/clock.js';
import { loadConfig } from '../../../server/src/config/config.js';
import { createApp } from '../../../server/src/create-app.js';
import { MailService, type DeliveryFaults } from '../../../server/src/mail/mail.service.js';

export async function crashableApp() {
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
  return app;
}
