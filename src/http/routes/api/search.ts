import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { PARSED_BY_US, rawQuery } from '../../raw-query.js';
import { ErrorSchema } from '../../schemas/meeting.js';
import { SearchAnswerSchema, SearchParamsSchema } from '../../schemas/search.js';

export function searchRoutes(search: SearchService): FastifyPluginCallbackTypebox {
  return (app, _options, done) => {
    app.get(
      '/api/v1/meetings',
      {
        schema: {
          summary: 'Search meetings',
          querystring: SearchParamsSchema,
          response: { 200: SearchAnswerSchema, 400: ErrorSchema },
        },
        ...PARSED_BY_US,
      },
      async (request, reply) => {
        const query = search.parse(rawQuery(request));
        cacheFor(reply, MAX_AGE.search);
        return search.search(query);
      },
    );

    app.get(
      '/api/v1/places',
      {
        schema: {
          summary: 'Place suggestions for a search box',
          querystring: Type.Object(
            { q: Type.String({ minLength: 1, maxLength: 100, description: 'what has been typed so far' }) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({
              places: Type.Array(
                Type.Object({
                  kind: Type.Union([Type.Literal('zip'), Type.Literal('city'), Type.Literal('state')]),
                  label: Type.String(),
                  latitude: Type.Number(),
                  longitude: Type.Number(),
                  state: Type.String(),
                  city: Type.Optional(Type.String()),
                  zip: Type.Optional(Type.String()),
                  radiusMiles: Type.Number(),
                  timeZone: Type.String(),
                }),
              ),
            }),
            400: ErrorSchema,
          },
        },
      },
      async (request, reply) => {
        const { q } = request.query;
        cacheFor(reply, MAX_AGE.reference);
        return { places: search.places.suggest(q) };
      },
    );
    done();
  };
}
