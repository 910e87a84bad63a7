import type { FastifyInstance } from 'fastify';
import { MEETING_GUIDE_FEED_LINK_HEADER } from '../../../interop/meeting-guide/feed-link.js';

/**
 * Announces the Meeting Guide feed on every answer, as the pages' `<link rel="alternate">`
 * does for browsers. Registered on the root instance (not as an encapsulated plugin) so that
 * its hook sees every route, 404s and errors included.
 */
export function registerFeedLinkHeader(app: FastifyInstance): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    const existing = reply.getHeader('link');
    const links = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
    if (!links.some((link) => link.includes(MEETING_GUIDE_FEED_LINK_HEADER))) {
      void reply.header('link', [...links, MEETING_GUIDE_FEED_LINK_HEADER].join(', '));
    }
    done(null, payload);
  });
}
