import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { GazetteerGeocoder, type Geocoder } from '../geo/geocoder.js';
import type { SearchService } from '../search/service.js';
import type { Store } from '../store/store.js';
import { DEFAULT_SITE, type SiteConfig } from '../web/site.js';
import { BEARER } from './admin/bearer-token.js';
import { cacheFor, MAX_AGE, noStoreDefault } from './cache.js';
import { errorHandling, type ApiError } from './errors.js';
import { pages, wantsPage } from './pages.js';
import { requestLog } from './request-log.js';
import { feedLinkHeader } from './routes/feeds/feed-link-header.js';
import { registerRoutes } from './routes/index.js';

export interface AppOptions {
  store: Store;
  search: SearchService;
  site?: SiteConfig;
  logger?: FastifyServerOptions['logger'];
  /** The admin's address lookup; the offline gazetteer unless given. */
  geocoder?: Geocoder;
}

/** The whole HTTP application, unstarted: tests call it and listen on port 0. */
export async function buildApp({ store, search, site = DEFAULT_SITE, logger = false, geocoder }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // Fastify's own request lines carry the client's address and the full URL; ours do not.
    logController: new LogController({ disableRequestLogging: true }),
    // No id or slug is longer than this. Repeated slashes are one, as the web servers in front
    // of BMLT merge them: Crouton with a root_server ending in "/" asks for
    // /main_server//client_interface/jsonp/….
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 200 },
    // verbose: a failed check can quote the schema's description of what is accepted;
    // removeAdditional off: an unknown parameter is refused, not silently dropped.
    ajv: { customOptions: { verbose: true, removeAdditional: false } },
    // A path the router cannot read (bad %-encoding, an over-long id) reaches neither a route nor
    // the hooks and error handler: answer it like any other bad request, without echoing the URL.
    frameworkErrors: (error, _request, reply) => {
      const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      const message =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A part of the address is too long.' : 'The address is not validly percent-encoded.';
      const body = JSON.stringify({ error: 'bad_url', message } satisfies ApiError);
      reply.raw.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      reply.raw.end(body);
    },
  });
  await app.register(pages, { site, search });
  await app.register(errorHandling, { notFoundPage: { wants: wantsPage, send: (_request, reply) => reply.notFoundPage() } });
  await app.register(requestLog);
  await app.register(noStoreDefault);
  await app.register(feedLinkHeader);
  // Anyone may read the API from any page; it has no cookies or credentials to protect.
  await app.register(cors, { origin: '*', methods: ['GET', 'HEAD'] });
  await app.register(etag);
  // A BMLT client such as crumb-widget asks for every meeting at once (5 MB of JSON, 0.4 MB
  // gzipped). Brotli at quality 4 costs about what gzip does; its default 11 would stall a core.
  // Answers already compressed (the client bundles) carry their encoding and are left alone.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'OpenRooms API', version: '1', description: 'Meetings of Narcotics Anonymous and other support groups.' },
      // The admin API's routes ask for it (src/http/admin/bearer-token.ts); the rest are open.
      components: { securitySchemes: { [BEARER]: { type: 'http', scheme: 'bearer', description: 'an API token made at /admin/tokens' } } },
    },
  });
  await registerRoutes(app, { store, search, geocoder: geocoder ?? new GazetteerGeocoder() });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    cacheFor(reply, MAX_AGE.reference);
    return app.swagger();
  });
  return app;
}
