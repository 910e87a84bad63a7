import type { FastifyPluginCallback } from 'fastify';
import { ADMIN_CSS, ADMIN_STYLESHEET_PATH } from '../../../web/admin/admin-styles.js';
import { SITE_CSS, STYLESHEET_PATH } from '../../../web/styles.js';

const YEAR = 365 * 24 * 3600;

/** The stylesheets (the site's, and the admin's additions), at paths that change with their content. */
export const assetRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get(STYLESHEET_PATH, { schema: { hide: true } }, async (_request, reply) => {
    return reply.header('cache-control', `public, max-age=${YEAR}, immutable`).type('text/css; charset=utf-8').send(SITE_CSS);
  });
  app.get(ADMIN_STYLESHEET_PATH, { schema: { hide: true } }, async (_request, reply) => {
    return reply.header('cache-control', `public, max-age=${YEAR}, immutable`).type('text/css; charset=utf-8').send(ADMIN_CSS);
  });
  done();
};
