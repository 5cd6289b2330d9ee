import pg from 'pg';
import type { CopyPageQuery } from '../content/content.repository.js';
import type { ContentKind } from '../policy/abilities.js';

/** Each kind's copy columns: name, PostgreSQL type, field of the pseudonymised row. */
const COLUMNS: Record<ContentKind, [string, string, string][]> = {
  children: [['id', 'uuid', 'id'], ['code', 'text', 'code'], ['date_of_birth', 'date', 'dateOfBirth'], ['age_band', 'text', 'ageBand'], ['room', 'text', 'room'], ['notes', 'text', 'notes'], ['created_at', 'timestamptz', 'createdAt']],
  parents: [['id', 'uuid', 'id'], ['code', 'text', 'code'], ['child_id', 'uuid', 'childId'], ['child_code', 'text', 'childCode'], ['relationship', 'text', 'relationship'], ['created_at', 'timestamptz', 'createdAt']],
  observations: [['id', 'uuid', 'id'], ['child_id', 'uuid', 'childId'], ['child_code', 'text', 'childCode'], ['observed_at', 'timestamptz', 'observedAt'], ['author_code', 'text', 'authorCode'], ['area', 'text', 'area'], ['text', 'text', 'text'], ['created_at', 'timestamptz', 'createdAt']],
  media: [['id', 'uuid', 'id'], ['code', 'text', 'code'], ['child_id', 'uuid', 'childId'], ['child_code', 'text', 'childCode'], ['content_type', 'text', 'contentType'], ['size_bucket', 'text', 'sizeBucket'], ['taken_at', 'timestamptz', 'takenAt'], ['created_at', 'timestamptz', 'createdAt']],
};

/** One statement per batch: the rows arrive as one JSON array, read by PostgreSQL into each kind's columns. */
const INSERT = Object.fromEntries(Object.entries(COLUMNS).map(([kind, columns]) => [kind,
  `INSERT INTO ${kind} (copy_id, ${columns.map(([c]) => c).join(', ')}) SELECT $1::uuid, ${columns.map(([, , f]) => `x."${f}"`).join(', ')} `
  + `FROM json_to_recordset($2::json) AS x(${columns.map(([, type, f]) => `"${f}" ${type}`).join(', ')})`,
])) as Record<ContentKind, string>;

/** A page of source rows: their ids, and the rows as one JSON array text. */
export interface SourcePage { ids: string[]; rows: string }

/**
 * A copy's own connections, opened in the thread that makes it (see investigation-copy.worker.ts): pages read from the
 * main database, pseudonymised rows written to the investigation database in one transaction. Should the thread stop
 * half-way, its connections close with it and PostgreSQL rolls the copy back: nothing of it is left there.
 */
export class InvestigationCopyStream {
  private constructor(
    private readonly source: pg.Client,
    private readonly target: pg.Client,
    private readonly copyId: string,
  ) {}

  /** Both connections, and the copy's `copies` row in a transaction that `commit` ends. */
  static async open(sourceUrl: string, targetUrl: string, copyId: string, createdAt: Date): Promise<InvestigationCopyStream> {
    const source = new pg.Client({ connectionString: sourceUrl });
    const target = new pg.Client({ connectionString: targetUrl });
    const stream = new InvestigationCopyStream(source, target, copyId);
    try {
      await source.connect();
      await target.connect();
      await target.query('BEGIN');
      await target.query('INSERT INTO copies (id, created_at) VALUES ($1, $2)', [copyId, createdAt]);
    } catch (e) {
      await stream.close();
      throw e;
    }
    return stream;
  }

  /** Every page of one kind, `size` rows at a time, in id order. */
  async *pages(query: CopyPageQuery, size: number): AsyncGenerator<SourcePage> {
    let after = query.start;
    for (;;) {
      const { rows: [page] } = await this.source.query<{ ids: string; rows: string }>(query.sql, [...query.parameters, after, size]);
      const ids = page?.ids ? page.ids.split(',') : [];
      if (!ids.length) return;
      yield { ids, rows: page!.rows };
      if (ids.length < size) return;
      after = ids[ids.length - 1]!;
    }
  }

  /** One batch of pseudonymised rows of a kind, as a JSON array of objects keyed by field. */
  async write(kind: ContentKind, rows: string): Promise<void> {
    await this.target.query(INSERT[kind], [this.copyId, rows]);
  }

  async commit(): Promise<void> {
    await this.target.query('COMMIT');
  }

  /** Closes both connections; a transaction still open is rolled back by PostgreSQL. */
  async close(): Promise<void> {
    await Promise.allSettled([this.source.end(), this.target.end()]);
  }
}
