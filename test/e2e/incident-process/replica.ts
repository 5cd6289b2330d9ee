// One API replica as production runs it (HTTP, job worker, system clock) on a shared database, for the scale-out tests:
// it prints `ready <port>` once it listens; see crash-point.ts for how it can be made to die mid-delivery.
import type { AddressInfo } from 'node:net';
import { crashableApp } from './crash-point.js';

const app = await crashableApp();
await app.listen(0, '127.0.0.1');
process.stdout.write(`ready ${(app.getHttpServer().address() as AddressInfo).port}\n`);
