import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** How long browsers and caches may keep an answer: search results move with the clock. */
export const MAX_AGE = { search: 60, stats: 60, meeting: 300, reference: 3600 } as const;

export function cacheFor(reply: FastifyReply, seconds: number): void {
  void reply.header('cache-control', `public, max-age=${seconds}`);
}

/** Answers that set no caching of their own (errors, health) are not to be stored. */
export const noStoreDefault = fp(
  (app, _options, done) => {
    app.addHook('onSend', (_request, reply, payload, next) => {
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      next(null, payload);
    });
    done();
  },
  { name: 'openrooms-no-store-default', fastify: '5.x' },
);
