// A Custodian process for the crash tests (job worker, no HTTP): it prints `ready` once started; see crash-point.ts.
import { crashableApp } from './crash-point.js';

const app = await crashableApp();
await app.init();
process.stdout.write('ready\n');
