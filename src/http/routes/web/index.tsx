import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import type { SearchService } from '../../../search/service.js';
import type { Store } from '../../../store/store.js';
import { NotFoundPage } from '../../../web/pages/not-found.js';
import type { SiteConfig } from '../../../web/site.js';
import { assetRoutes } from './assets.js';
import { clientRoutes } from './client-assets.js';
import { homeRoutes } from './home.js';
import { meetingPages } from './meetings.js';
import { pageContext, sendPage } from './page.js';

export interface WebOptions {
  store: Store;
  search: SearchService;
  site: SiteConfig;
}

/** Whether a request that found nothing should get the HTML 404 page rather than JSON. */
export function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/api/') || path.startsWith('/main_server/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** The helpful 404: says what is missing and offers the search. */
export function sendNotFoundPage(request: FastifyRequest, reply: FastifyReply, options: WebOptions, what = 'page'): FastifyReply {
  return sendPage(reply, <NotFoundPage context={pageContext(request, options.site, options.search)} what={what} />, { status: 404 });
}

/** The website: server-rendered pages that work without JavaScript. */
export function webRoutes(options: WebOptions): FastifyPluginCallback {
  return (app, _options, done) => {
    void app.register(assetRoutes);
    void app.register(clientRoutes(options));
    void app.register(homeRoutes(options));
    void app.register(meetingPages(options));
    done();
  };
}
