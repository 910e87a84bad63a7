import { Type } from '@sinclair/typebox';
import type { FastifyPluginCallback } from 'fastify';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';

const StatsSchema = Type.Object({
  meetings: Type.Integer({ description: 'published meetings, less those temporarily closed (as a search without filters counts them)' }),
  sample: Type.Boolean({ description: 'true while the store holds sample data' }),
  byState: Type.Record(Type.String(), Type.Integer(), {
    description:
      'published meetings by US state code, less those temporarily closed (as a search by state counts them); all 50 states and DC are always present, a territory when it has meetings',
  }),
});

/** The counts the pages show, from the same index: see `meetingsByState` for the rule. */
export function statsRoutes(search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get(
      '/api/v1/stats',
      { schema: { summary: 'Published meetings by state', response: { 200: StatsSchema } } },
      async (_request, reply) => {
        cacheFor(reply, MAX_AGE.stats);
        return search.stats();
      },
    );
    done();
  };
}
