import { Type } from '@sinclair/typebox';
import type { FastifyPluginCallback } from 'fastify';
import { toPublicMeeting } from '../../../domain/meeting.js';
import type { Store } from '../../../store/store.js';
import { ErrorSchema, PublicMeetingSchema } from '../../schemas/meeting.js';

const Params = Type.Object({
  id: Type.String({
    pattern: '^(?:[1-9][0-9]{0,14}|[a-z0-9]+(?:-[a-z0-9]+)*)$',
    maxLength: 100,
    description: 'a meeting id (digits) or its slug (lower-case words joined by hyphens)',
  }),
});

export function meetingRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get<{ Params: { id: string } }>(
      '/api/v1/meetings/:id',
      { schema: { params: Params, response: { 200: PublicMeetingSchema, 404: ErrorSchema } } },
      async (request, reply) => {
        const { id } = request.params;
        const meeting = /^\d+$/.test(id) ? await store.meetings.get(Number(id)) : await store.meetings.getBySlug(id);
        if (!meeting?.published) {
          return reply.status(404).send({ error: 'not_found', message: `No published meeting has the id or slug "${id}".` });
        }
        return toPublicMeeting(meeting);
      },
    );
    done();
  };
}
