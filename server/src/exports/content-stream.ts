import { stringify } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
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
export async function* batches(db: DataSource, kind: ContentKind, settingId: string, batchRows = EXPORT_BATCH_ROWS): AsyncGenerator<Row[]> {
  // A date of birth is a day, not an instant: it leaves as text, as it was recorded.
  const columns = EXPORT_COLUMNS[kind].map((c) => (c === 'date_of_birth' ? `"${c}"::text AS "${c}"` : `"${c}"`)).join(', ');
  let after: string | null = null;
  for (;;) {
    const rows: Row[] = await db.query(
      `SELECT ${columns} FROM ${kind} WHERE setting_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3`,
      [settingId, after, batchRows],
    );
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
export function jsonStream(db: DataSource, kind: ContentKind, settingId: string, onRows: (n: number) => void): Readable {
  return Readable.from((async function* () {
    yield '[';
    let first = true;
    for await (const rows of batches(db, kind, settingId)) {
      onRows(rows.length);
      const text = rows.map((r) => JSON.stringify(r)).join(',\n');
      yield `${first ? '\n' : ',\n'}${text}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
  })());
}

/** One kind as CSV with a header row, streamed. */
export function csvStream(db: DataSource, kind: ContentKind, settingId: string): Readable {
  const header = EXPORT_COLUMNS[kind].map(camel);
  return Readable.from((async function* () {
    yield stringify([header]);
    for await (const rows of batches(db, kind, settingId)) {
      yield stringify(rows.map((r) => header.map((h) => r[h] ?? '')));
    }
  })());
}
