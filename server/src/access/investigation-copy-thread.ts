import { existsSync } from 'node:fs';
import path, { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../common/paths.js';
import type { CopyPageQuery } from '../content/content.repository.js';
import type { ContentKind } from '../policy/abilities.js';
import type { CopyReport, KnownIdentities } from './pseudonymise/pseudonymiser.js';

/** What the thread needs to make one copy. */
export interface CopyJob {
  copyId: string;
  /** The copy's time: its `createdAt`, and what ages are reckoned from. */
  now: Date;
  known: KnownIdentities;
  /** The main database, and the investigation database the copy is written to. */
  source: string;
  target: string;
  /** In the order they are copied. */
  kinds: { kind: ContentKind; pages: CopyPageQuery }[];
  /** Rows per page read and per statement written. */
  batch: number;
}

/** What a finished copy holds: rows of each kind, the source records they came from, and what was replaced. */
export interface CopyMade {
  counts: Partial<Record<ContentKind, number>>;
  recordIds: Partial<Record<ContentKind, string[]>>;
  report: CopyReport;
}

/** The copy's thread stopped before the copy was committed: nothing of it is kept. */
export class CopyThreadFailed extends Error {
  constructor(message: string, readonly outOfMemory: boolean) {
    super(message);
  }
}

/**
 * The compiled worker beside this file. A thread loads its files through Node, not through whatever runs this file, so
 * where this file runs from its TypeScript source (the tests do) the thread runs the build's copy: `npm test` builds
 * the server first.
 */
function workerEntry(): URL {
  const here = fileURLToPath(import.meta.url);
  if (extname(here) !== '.ts') return new URL('./investigation-copy.worker.js', import.meta.url);
  const root = projectRoot();
  const built = path.join(root, 'dist', path.relative(root, path.dirname(here)), 'investigation-copy.worker.js');
  if (!existsSync(built)) throw new Error(`the copy's worker ${built} is not built: run npm run build:server`);
  return pathToFileURL(built);
}
// A small young generation: short-lived garbage is collected often instead of piling up.
const YOUNG_GENERATION_MB = 4;

/**
 * Makes one investigation copy in a worker thread whose heap may not pass `memoryMb`: reading, pseudonymising and
 * writing all happen there, so the server's own heap never holds the rows, and everything the copy used is freed
 * when the thread ends. A thread past its limit is stopped (the server is not) and the copy fails.
 */
export function makeCopyInThread(job: CopyJob, memoryMb: number): Promise<CopyMade> {
  return new Promise((resolve, reject) => {
    let made: CopyMade | undefined;
    let failure: Error & { code?: string } | undefined;
    const worker = new Worker(workerEntry(), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.once('message', (m: CopyMade) => { made = m; });
    worker.once('error', (e) => { failure = e; });
    worker.once('exit', (code) => {
      if (made && code === 0) return resolve(made);
      const outOfMemory = failure?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(new CopyThreadFailed(outOfMemory ? `the copy needed more than the ${memoryMb} MB it may use`
        : `the copy stopped: ${failure?.message ?? `its thread exited with code ${code}`}`, outOfMemory));
    });
  });
}
