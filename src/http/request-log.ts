import type { FastifyInstance } from 'fastify';

/**
 * One log line per request with the route pattern, never the concrete URL or the client's
 * address: a query string may hold the place someone searched for, and we keep neither.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(unmatched)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
    done();
  });
}
