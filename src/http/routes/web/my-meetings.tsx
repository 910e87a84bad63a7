import type { FastifyPluginCallback } from 'fastify';
import { MyMeetingsPage } from '../../../web/pages/my-meetings.js';

/** /my-meetings: the same shell for everyone, so it may be cached; the list is drawn in the browser. */
export const myMeetingsRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/my-meetings', { schema: { hide: true } }, async (request, reply) => {
    return reply.page(<MyMeetingsPage context={request.pageContext()} />, { maxAge: 3600 });
  });
  done();
};
