import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { SearchService } from '../../../search/service.js';
import { renderDocument } from '../../../web/render.js';
import type { PageContext, SiteConfig } from '../../../web/site.js';
import { cacheFor } from '../../cache.js';
import { siteOrigin } from '../feeds/site.js';

export function pageContext(request: FastifyRequest, site: SiteConfig, search: SearchService): PageContext {
  return { site, origin: siteOrigin(request), path: request.url.split('?')[0] ?? '/', sample: search.hasSample() };
}

/** Sends a rendered page; pages carry no cookies and may be cached briefly. */
export function sendPage(reply: FastifyReply, page: VNode, options: { status?: number; maxAge?: number } = {}): FastifyReply {
  if (options.maxAge !== undefined) cacheFor(reply, options.maxAge);
  return reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(renderDocument(page));
}
