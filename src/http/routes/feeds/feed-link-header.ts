import fp from 'fastify-plugin';
import { MEETING_GUIDE_FEED_LINK_HEADER } from '../../../interop/meeting-guide/feed-link.js';

/**
 * Announces the Meeting Guide feed on every answer, as the pages' `<link rel="alternate">`
 * does for browsers. Not encapsulated (fastify-plugin), so that its hook sees every route,
 * 404s and errors included.
 */
export const feedLinkHeader = fp(
  (app, _options, done) => {
    app.addHook('onSend', (_request, reply, payload, next) => {
      const existing = reply.getHeader('link');
      const links = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
      if (!links.some((link) => link.includes(MEETING_GUIDE_FEED_LINK_HEADER))) {
        void reply.header('link', [...links, MEETING_GUIDE_FEED_LINK_HEADER].join(', '));
      }
      next(null, payload);
    });
    done();
  },
  { name: 'openrooms-feed-link-header', fastify: '5.x' },
);
