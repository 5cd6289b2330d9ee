import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import path from 'node:path';
import { isApiUrl } from './redact.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache policy by file: hashed bundles never change under their name; anything else is revalidated on every load. */
function cacheHeaders(reply: FastifyReply, file: string): void {
  const hashed = file.split(path.sep).includes('assets');
  reply.header('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
}

/**
 * The built admin UI, from the brotli/gzip files the build writes beside each asset. Any other GET outside `/api` is a
 * screen of the single-page UI: it gets `index.html`, which names the current bundles and so is never cached unchecked.
 */
export async function uiAssets(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, preCompressed: true, cacheControl: false, setHeaders: cacheHeaders });
  app.getHttpAdapter().getInstance().get('/*', (req, reply) => {
    // API requests never touch the file system: an unknown API route is the API's own 404.
    if (isApiUrl(req.url)) return reply.callNotFound();
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
