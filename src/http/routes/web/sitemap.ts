import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { PlaceStats } from '../../../search/place-counts.js';
import type { SearchService } from '../../../search/service.js';
import { cacheFor } from '../../cache.js';
import { siteOrigin } from '../feeds/site.js';

/** The sitemap protocol's limit of addresses per file. */
export const SITEMAP_MAX_URLS = 50_000;

const MAX_AGE = 3600;

/** Every page worth finding, as paths: home, states, cities with meetings, meetings. */
export function sitemapPaths(stats: PlaceStats): string[] {
  const paths = ['/'];
  for (const state of stats.states.values()) {
    const code = state.code.toLowerCase();
    paths.push(`/states/${code}`);
    for (const city of state.cities) paths.push(`/states/${code}/${city.slug}`);
  }
  for (const slug of stats.meetingSlugs) paths.push(`/meetings/${encodeURIComponent(slug)}`);
  return paths;
}

/** How the paths are served: one urlset when they fit, else an index of parts of at most `max` each. */
export function sitemapParts(paths: readonly string[], max = SITEMAP_MAX_URLS): string[][] {
  const parts: string[][] = [];
  for (let i = 0; i < paths.length; i += max) parts.push(paths.slice(i, i + max));
  return parts.length === 0 ? [[]] : parts;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function urlsetXml(origin: string, paths: readonly string[]): string {
  const lines = paths.map((path) => `<url><loc>${xmlEscape(origin + path)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(origin: string, count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `<sitemap><loc>${xmlEscape(`${origin}/sitemap/${i + 1}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join('\n')}\n</sitemapindex>\n`;
}

export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /main_server/', '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}

/** `/sitemap.xml` (with `/sitemap/:n.xml` parts past 50,000 addresses) and `/robots.txt`. */
export function sitemapRoutes(search: SearchService, max = SITEMAP_MAX_URLS): FastifyPluginCallbackTypebox {
  let cached: { version: number; parts: string[][] } | undefined;
  const parts = (): string[][] => {
    const current = search.placeCounts();
    if (cached?.version !== current.version) cached = { version: current.version, parts: sitemapParts(sitemapPaths(current), max) };
    return cached.parts;
  };
  const origin = (request: FastifyRequest): string => siteOrigin(request);

  return (app, _options, done) => {
    app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
      const all = parts();
      cacheFor(reply, MAX_AGE);
      const body = all.length === 1 ? urlsetXml(origin(request), all[0]!) : sitemapIndexXml(origin(request), all.length);
      return reply.type('application/xml; charset=utf-8').send(body);
    });

    app.get(
      '/sitemap/:file',
      { schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 20 }) }) } },
      async (request, reply) => {
        const all = parts();
        const n = /^([1-9]\d{0,5})\.xml$/.exec(request.params.file)?.[1];
        const part = n === undefined || all.length === 1 ? undefined : all[Number(n) - 1];
        if (!part) {
          reply.callNotFound();
          return reply;
        }
        cacheFor(reply, MAX_AGE);
        return reply.type('application/xml; charset=utf-8').send(urlsetXml(origin(request), part));
      },
    );

    app.get('/robots.txt', { schema: { hide: true } }, async (request, reply) => {
      cacheFor(reply, MAX_AGE);
      return reply.type('text/plain; charset=utf-8').send(robotsTxt(origin(request)));
    });
    done();
  };
}
