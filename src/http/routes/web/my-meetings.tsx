import type { FastifyPluginCallback } from 'fastify';
import { MyMeetingsPage } from '../../../web/pages/my-meetings.js';
import type { WebOptions } from './index.js';
import { pageContext, sendPage } from './page.js';

/** /my-meetings: the same shell for everyone, so it may be cached; the list is drawn in the browser. */
export function myMeetingsRoutes(options: WebOptions): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get('/my-meetings', { schema: { hide: true } }, async (request, reply) => {
      return sendPage(reply, <MyMeetingsPage context={pageContext(request, options.site, options.search)} />, { maxAge: 3600 });
    });
    done();
  };
}
