import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { ErrorSchema, PublicMeetingSchema } from '../../schemas/meeting.js';

const Params = Type.Object({
  id: Type.String({
    pattern: '^(?:[1-9][0-9]{0,14}|[a-z0-9]+(?:-[a-z0-9]+)*)$',
    maxLength: 100,
    description: 'a meeting id (digits) or its slug (lower-case words joined by hyphens)',
  }),
});

export function meetingRoutes(search: SearchService): FastifyPluginCallbackTypebox {
  return (app, _options, done) => {
    app.get(
      '/api/v1/meetings/:id',
      { schema: { summary: 'One published meeting', params: Params, response: { 200: PublicMeetingSchema, 404: ErrorSchema } } },
      async (request, reply) => {
        const { id } = request.params;
        const meeting = search.meeting(id)?.meeting;
        if (!meeting) {
          return reply.status(404).send({ error: 'not_found', message: `No published meeting has the id or slug "${id}".` });
        }
        cacheFor(reply, MAX_AGE.meeting);
        return meeting;
      },
    );
    done();
  };
}
