import type { FastifyPluginCallback } from 'fastify';
import { ASSET_PREFIX, clientBundles } from '../../../web/client-bundles.js';

const YEAR = 365 * 24 * 3600;

/**
 * The pages' scripts, from the bundles `npm run build` wrote (or bundled at start when there are none).
 * Each path holds a content hash, so browsers may keep a file for a year. They are sent gzipped to
 * whoever accepts it, compressed once at start: a phone on a slow connection gets a quarter of the bytes.
 */
export const clientAssetRoutes: FastifyPluginCallback = (app, _options, done) => {
  const bundles = clientBundles();
  for (const [name, file] of bundles?.files ?? []) {
    app.get(`${ASSET_PREFIX}${name}`, { schema: { hide: true } }, async (request, reply) => {
      void reply
        .header('cache-control', `public, max-age=${YEAR}, immutable`)
        .header('vary', 'accept-encoding')
        .type('text/javascript; charset=utf-8');
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return reply.header('content-encoding', 'gzip').send(file.gzip);
      return reply.send(file.contents);
    });
  }
  done();
};
