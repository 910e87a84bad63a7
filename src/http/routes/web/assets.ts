import type { FastifyPluginCallback } from 'fastify';
import { SITE_CSS, STYLESHEET_PATH } from '../../../web/styles.js';

const YEAR = 365 * 24 * 3600;

/** The stylesheet, at a path that changes with its content. */
export const assetRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get(STYLESHEET_PATH, { schema: { hide: true } }, async (_request, reply) => {
    return reply.header('cache-control', `public, max-age=${YEAR}, immutable`).type('text/css; charset=utf-8').send(SITE_CSS);
  });
  done();
};
