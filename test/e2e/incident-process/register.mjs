// Lets a child process run the TypeScript sources directly, compiled by SWC the way vitest compiles them.
import { register } from 'node:module';

register('./swc-hooks.mjs', import.meta.url);
