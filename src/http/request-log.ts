import fp from 'fastify-plugin';

/**
 * One log line per request with the route pattern, never the concrete URL or the client's
 * address: a query string may hold the place someone searched for, and we keep neither.
 */
export const requestLog = fp(
  (app, _options, done) => {
    app.addHook('onResponse', (request, reply, next) => {
      request.log.info(
        {
          method: request.method,
          route: request.routeOptions.url ?? '(unmatched)',
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request',
      );
      next();
    });
    done();
  },
  { name: 'openrooms-request-log', fastify: '5.x' },
);
