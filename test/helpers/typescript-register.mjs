// Passed to vitest's processes with --import, and inherited by the worker threads they start: see typescript-hooks.mjs.
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
