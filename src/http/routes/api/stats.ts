import { Type } from '@sinclair/typebox';
import type { FastifyPluginCallback } from 'fastify';
import { JURISDICTIONS, stateByCode } from '../../../domain/us-states.js';
import type { Store } from '../../../store/store.js';
import { cacheFor, MAX_AGE } from '../../cache.js';

const StatsSchema = Type.Object({
  meetings: Type.Integer({ description: 'published meetings' }),
  sample: Type.Boolean({ description: 'true while the store holds sample data' }),
  byState: Type.Record(Type.String(), Type.Integer(), {
    description: 'published meetings by US state code; all 50 states and DC are always present',
  }),
});

export function statsRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get('/api/v1/stats', { schema: { summary: 'Published meetings by state', response: { 200: StatsSchema } } }, async (_request, reply) => {
      cacheFor(reply, MAX_AGE.stats);
      const [meetings, sample, counts] = await Promise.all([
        store.meetings.count({ publishedOnly: true }),
        store.meetings.hasSample(),
        store.meetings.countPublishedByState(),
      ]);
      const byState: Record<string, number> = {};
      for (const state of JURISDICTIONS) byState[state.code] = counts.get(state.code) ?? 0;
      for (const [code, n] of counts) if (stateByCode(code) && !(code in byState)) byState[code] = n;
      return { meetings, sample, byState };
    });
    done();
  };
}
