// A setting with a large roll for the retention and export benchmarks: rows made by generate_series, in a fresh database.
import pg from 'pg';
import { cli, freshDatabase } from './lib.mjs';

export const SIZES = { children: 1000, parents: 1500, observations: Number(process.env.BENCH_OBSERVATIONS || 50_000), media: 5000 };

/** A fresh, migrated database holding one setting (ended `endedDaysAgo` days ago) with SIZES rows of content. */
export async function largeSetting(name, endedDaysAgo) {
  const url = await freshDatabase(name);
  cli(url, 'migrate');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const { rows: [setting] } = await db.query(`INSERT INTO settings (name, kind, postcode, dpo_email, dpo_name, contact_email, subscription_status, subscription_ends_at, consent_policy)
    VALUES ('Bench Leaving Nursery', 'nursery', 'CB1 1AA', 'dpo@bench.test', 'Dana Protection', 'office@bench.test', 'expired', now() - make_interval(days => $1), 'contract')
    RETURNING id`, [endedDaysAgo]);
  const id = setting.id;
  await db.query(`INSERT INTO children (setting_id, first_name, last_name, date_of_birth, room, notes)
    SELECT $1, 'Child' || i, 'Family' || lpad(i::text, 5, '0'), date '2021-01-01' + (i % 900), 'Rainbows', 'Likes painting and the sand tray'
    FROM generate_series(1, ${SIZES.children}) i`, [id]);
  await db.query(`CREATE TEMP TABLE kids AS SELECT id, row_number() OVER () AS n FROM children WHERE setting_id = $1`, [id]);
  await db.query(`INSERT INTO parents (setting_id, child_id, first_name, last_name, relationship, email, phone, address)
    SELECT $1, k.id, 'Parent' || i, 'Family' || i, 'mother', 'parent' || i || '@family.test', '07700 900' || lpad((i % 1000)::text, 3, '0'), i || ' Orchard Close'
    FROM generate_series(1, ${SIZES.parents}) i JOIN kids k ON k.n = 1 + (i % ${SIZES.children})`, [id]);
  await db.query(`INSERT INTO observations (setting_id, child_id, observed_at, author_name, area, text)
    SELECT $1, k.id, now() - make_interval(mins => i), 'Key Worker ' || (i % 20), 'Literacy',
           'Read a picture book with a friend and retold the story in their own words, pointing at each page in turn. #' || i
    FROM generate_series(1, ${SIZES.observations}) i JOIN kids k ON k.n = 1 + (i % ${SIZES.children})`, [id]);
  await db.query(`INSERT INTO media (setting_id, child_id, filename, content_type, size_bytes, caption, taken_at)
    SELECT $1, k.id, 'photo-' || i || '.jpg', 'image/jpeg', 200000 + i, 'At the water tray', now() - make_interval(hours => i)
    FROM generate_series(1, ${SIZES.media}) i JOIN kids k ON k.n = 1 + (i % ${SIZES.children})`, [id]);
  await db.query('ANALYZE');
  await db.end();
  return { url, settingId: id, rows: Object.values(SIZES).reduce((a, b) => a + b, 0) };
}
