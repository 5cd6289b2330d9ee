import { Copies1764065720000 } from './1764065720000-copies.js';

/** The investigation database's own migrations, apart from the main ones, applied when the server starts. */
export const INVESTIGATION_MIGRATIONS = [Copies1764065720000];
