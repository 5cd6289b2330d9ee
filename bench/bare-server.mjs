// The floor the product is measured against: node:http + pg, no framework, no auth, the same page and count queries.
// `DATABASE_URL=... PORT=... POOL=10 node bench/bare-server.mjs`; GET /settings?range=[a,b] answers like the product.
// GET /children?setting=<id> is the floor for an audited content read: the page and count, then one audit event naming
// the rows read, inserted and committed before the answer, with no framework, no session and no policy.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL || 10) });
pool.on('error', () => undefined); // the bench drops the database once it is done with this server

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://bare');
    if (url.pathname === '/health') return res.end('ok');
    if (url.pathname === '/children') {
      const setting = url.searchParams.get('setting');
      const [page, count] = await Promise.all([
        pool.query('SELECT * FROM children WHERE setting_id = $1 ORDER BY last_name ASC NULLS LAST, id ASC LIMIT 25 OFFSET 0', [setting]),
        pool.query('SELECT count(*)::int AS n FROM children WHERE setting_id = $1', [setting]),
      ]);
      await pool.query(`INSERT INTO audit_events (at, action, subject_type, setting_id, detail) VALUES (now(), 'content.read', 'Child', $1, $2)`,
        [setting, { recordIds: page.rows.map((r) => r.id) }]);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-range', `children 0-${page.rows.length - 1}/${count.rows[0].n}`);
      return res.end(JSON.stringify(page.rows));
    }
    if (url.pathname !== '/settings') { res.statusCode = 404; return res.end(); }
    const [first, last] = JSON.parse(url.searchParams.get('range') || '[0,24]');
    const [page, count] = await Promise.all([
      pool.query('SELECT * FROM settings ORDER BY name ASC NULLS LAST, id ASC LIMIT $1 OFFSET $2', [last - first + 1, first]),
      pool.query('SELECT count(*)::int AS n FROM settings'),
    ]);
    const total = count.rows[0].n;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-range', `settings ${first}-${first + page.rows.length - 1}/${total}`);
    res.end(JSON.stringify(page.rows));
  } catch (e) {
    res.statusCode = 500;
    res.end(String(e));
  }
});
server.listen(Number(process.env.PORT || 3990), '127.0.0.1', () => process.send?.('up'));
process.on('SIGTERM', () => process.exit(0));
