import type { RequestHandler } from 'express';
import type { ServerResponse } from 'node:http';
import expressStaticGzip from 'express-static-gzip';
import path from 'node:path';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache policy by file: hashed bundles never change under their name; anything else is revalidated on every load. */
function cacheHeaders(res: ServerResponse, file: string): void {
  const hashed = file.split(path.sep).includes('assets');
  res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
}

/** The built admin UI, served from the brotli/gzip files the build writes beside each asset. */
export function uiAssets(root: string): RequestHandler {
  const serve = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: 'index.html',
    serveStatic: { setHeaders: cacheHeaders, cacheControl: false },
  }) as RequestHandler;
  // API requests never touch the file system.
  return (req, res, next) => (req.path.startsWith('/api/') || req.path === '/api' ? next() : serve(req, res, next));
}
