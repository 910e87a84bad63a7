import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Store } from '../store/store.js';
import { registerErrorHandling } from './errors.js';
import { registerRequestLog } from './request-log.js';
import { meetingRoutes } from './routes/api/meetings.js';
import { statsRoutes } from './routes/api/stats.js';
import { healthRoutes } from './routes/health.js';

export interface AppOptions {
  store: Store;
  logger?: FastifyServerOptions['logger'];
}

/** The whole HTTP application, unstarted: tests call it and listen on port 0. */
export async function buildApp({ store, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // Fastify's own request lines carry the client's address and the full URL; ours do not.
    logController: new LogController({ disableRequestLogging: true }),
    // No id or slug is longer than this.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Lets a failed check quote the schema's own description of what is accepted.
    ajv: { customOptions: { verbose: true } },
  });
  registerErrorHandling(app);
  registerRequestLog(app);
  await app.register(healthRoutes);
  await app.register(statsRoutes(store));
  await app.register(meetingRoutes(store));
  return app;
}
