import { parentPort, workerData } from 'node:worker_threads';
import type { ContentKind } from '../policy/abilities.js';
import type { CopyJob, CopyMade } from './investigation-copy-thread.js';
import { InvestigationCopyStream } from './investigation-copy-stream.repository.js';
import { Pseudonymiser, type SourceChild, type SourceMedia, type SourceObservation, type SourceParent } from './pseudonymise/pseudonymiser.js';
import { loadLanguage } from './pseudonymise/scrubber.js';

// One investigation copy, made in a thread of its own (see investigation-copy-thread.ts): the rows, the NLP and the
// garbage they make live in this thread's bounded heap, and go when the copy ends.

const job = workerData as CopyJob;
await loadLanguage();
const pseudonyms = new Pseudonymiser(job.known, job.now);
let mediaIndex = 0;
const convert: Record<ContentKind, (row: never) => object> = {
  children: (r: SourceChild) => pseudonyms.child(r),
  parents: (r: SourceParent) => pseudonyms.parent(r),
  observations: (r: SourceObservation) => pseudonyms.observation(r),
  media: (r: SourceMedia) => pseudonyms.media(r, ++mediaIndex),
};
// Timestamps arrive as JSON text; the pseudonymiser shifts Dates.
const TIMESTAMPS = new Set(['createdAt', 'observedAt', 'takenAt']);
const revive = (key: string, value: unknown) => (typeof value === 'string' && TIMESTAMPS.has(key) ? new Date(value) : value);

const stream = await InvestigationCopyStream.open(job.source, job.target, job.copyId, job.now);
try {
  const made: CopyMade = { counts: {}, recordIds: {}, report: pseudonyms.report };
  for (const { kind, pages } of job.kinds) {
    const ids: string[] = (made.recordIds[kind] = []);
    for await (const page of stream.pages(pages, job.batch)) {
      await stream.write(kind, JSON.stringify((JSON.parse(page.rows, revive) as never[]).map(convert[kind])));
      for (const id of page.ids) ids.push(id);
    }
    made.counts[kind] = ids.length;
  }
  await stream.commit();
  parentPort!.postMessage(made);
} finally {
  await stream.close();
}
