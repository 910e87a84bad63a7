import type { FastifyPluginCallback } from 'fastify';
import { JURISDICTIONS } from '../../../domain/us-states.js';
import { HomePage } from '../../../web/pages/home.js';
import { statesMap } from '../../../web/states-map.js';
import type { WebOptions } from './index.js';
import { pageContext, sendPage } from './page.js';
import { sitemapRoutes } from './sitemap.js';
import { stateRoutes } from './states.js';

const PAGE_MAX_AGE = 300;

/**
 * The home page, the state and city pages, and the sitemap: everything drawn from the
 * counts by place, which are made once per index version and shared by all of them.
 */
export function homeRoutes(options: WebOptions): FastifyPluginCallback {
  return (app, _options, done) => {
    // Draw the states' outlines now, at start, rather than on the first visitor's request.
    statesMap();

    app.get('/', { schema: { hide: true } }, async (request, reply) => {
      const byState = options.search.placeCounts().states;
      const states = JURISDICTIONS.map((s) => ({ code: s.code, name: s.name, count: byState.get(s.code)?.total ?? 0 })).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      return sendPage(reply, <HomePage context={pageContext(request, options.site, options.search)} states={states} />, { maxAge: PAGE_MAX_AGE });
    });

    void app.register(stateRoutes(options));
    void app.register(sitemapRoutes(options.search));
    done();
  };
}
