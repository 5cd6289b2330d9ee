import { stringify } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import type { ContentExportRepository } from '../content/content-export.repository.js';
import type { ContentKind } from '../policy/abilities.js';

/** The columns of each kind, as the customer recorded them (the setting id is the same on every row). */
export const EXPORT_COLUMNS: Record<ContentKind, string[]> = {
  children: ['id', 'first_name', 'last_name', 'date_of_birth', 'room', 'notes', 'created_at'],
  parents: ['id', 'child_id', 'first_name', 'last_name', 'relationship', 'email', 'phone', 'address', 'created_at'],
  observations: ['id', 'child_id', 'observed_at', 'author_name', 'area', 'text', 'created_at'],
  media: ['id', 'child_id', 'filename', 'content_type', 'size_bytes', 'caption', 'taken_at', 'created_at'],
};

export const EXPORT_BATCH_ROWS = 1000;

type Row = Record<string, unknown>;

/** A setting's rows of one kind in id order, one batch at a time (keyset pages): memory holds a batch, never the setting. */
export async function* batches(content: ContentExportRepository, kind: ContentKind, settingId: string, batchRows = EXPORT_BATCH_ROWS): AsyncGenerator<Row[]> {
  let after: string | null = null;
  for (;;) {
    const rows: Row[] = await content.batch(kind, EXPORT_COLUMNS[kind], settingId, after, batchRows);
    if (rows.length === 0) return;
    yield rows.map(normalise);
    if (rows.length < batchRows) return;
    after = rows[rows.length - 1]!.id as string;
  }
}

function normalise(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v instanceof Date ? v.toISOString() : v]));
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** One kind as a JSON array, streamed. */
export function jsonStream(content: ContentExportRepository, kind: ContentKind, settingId: string, onRows: (n: number) => void): Readable {
  return Readable.from((async function* () {
    yield '[';
    let first = true;
    for await (const rows of batches(content, kind, settingId)) {
      onRows(rows.length);
      const text = rows.map((r) => JSON.stringify(r)).join(',\n');
      yield `${first ? '\n' : ',\n'}${text}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
  })());
}

/** One kind as CSV with a header row, streamed. */
export function csvStream(content: ContentExportRepository, kind: ContentKind, settingId: string): Readable {
  const header = EXPORT_COLUMNS[kind].map(camel);
  return Readable.from((async function* () {
    yield stringify([header]);
    for await (const rows of batches(content, kind, settingId)) {
      yield stringify(rows.map((r) => header.map((h) => r[h] ?? '')));
    }
  })());
}
