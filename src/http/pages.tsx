import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import { canonicalTimeZone } from '../domain/time-zone.js';
import type { SearchService } from '../search/service.js';
import { NotFoundPage } from '../web/pages/not-found.js';
import { renderDocument } from '../web/render.js';
import type { PageContext, SiteConfig } from '../web/site.js';
import { cacheFor } from './cache.js';
import { rawQuery } from './raw-query.js';
import { siteOrigin } from './routes/feeds/site.js';

export interface PageOptions {
  status?: number;
  /** Seconds a browser or cache may keep the page; unset, the answer is not to be stored. */
  maxAge?: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What every page knows about the request it answers: site, origin, path, sample data, the visitor's zone. */
    pageContext(): PageContext;
  }
  interface FastifyReply {
    /** Sends a rendered page; pages carry no cookies and may be cached briefly. */
    page(page: VNode, options?: PageOptions): FastifyReply;
    /** The helpful 404: says what is missing (a page, a meeting, a state…) and offers the search. */
    notFoundPage(what?: string): FastifyReply;
  }
}

/** Whether a request that found nothing should get the HTML 404 page rather than JSON. */
export function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/api/') || path.startsWith('/main_server/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

/** The visitor's zone: a valid `tz` only (a bad one is ignored, and the page still shows). */
function viewerZoneOf(request: FastifyRequest): string | null {
  const tz = rawQuery(request)['tz'];
  return typeof tz === 'string' ? canonicalTimeZone(tz) : null;
}

/** Sending server-rendered pages, for every route that answers with one (and the 404 handler). */
export const pages = fp<{ site: SiteConfig; search: SearchService }>(
  (app, { site, search }, done) => {
    app.decorateRequest('pageContext', function (this: FastifyRequest): PageContext {
      return {
        site,
        origin: siteOrigin(this),
        path: this.url.split('?')[0] ?? '/',
        sample: search.hasSample(),
        viewerZone: viewerZoneOf(this),
      };
    });
    app.decorateReply('page', function (this: FastifyReply, page: VNode, options: PageOptions = {}): FastifyReply {
      if (options.maxAge !== undefined) cacheFor(this, options.maxAge);
      return this.status(options.status ?? 200)
        .type('text/html; charset=utf-8')
        .send(renderDocument(page, this.request.pageContext().viewerZone));
    });
    app.decorateReply('notFoundPage', function (this: FastifyReply, what = 'page'): FastifyReply {
      return this.page(<NotFoundPage context={this.request.pageContext()} what={what} />, { status: 404 });
    });
    done();
  },
  { name: 'openrooms-pages', fastify: '5.x' },
);
