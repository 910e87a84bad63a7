import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { Meeting } from '../../../domain/meeting.js';
import { actorName, maySeeMeetingOf, mayEditMeetingIn } from '../../../domain/permissions.js';
import { StaleEditError } from '../../../store/meeting-repository.js';
import type { Store } from '../../../store/store.js';
import { apiActor, BEARER } from '../../admin/bearer-token.js';
import { AdminMeetingSchema, MeetingInputBody, StaleSchema } from '../../schemas/admin.js';
import { ErrorSchema } from '../../schemas/meeting.js';

const Params = Type.Object({ id: Type.Integer({ minimum: 1, description: 'a meeting id' }) });
const security = [{ [BEARER]: [] }];
const tags = ['admin'];
const refused = { 401: ErrorSchema, 403: ErrorSchema };

/** The body a meeting input names, read before validation only to ask who may write there. */
function bodyOf(raw: unknown): number | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { serviceBodyId?: unknown }).serviceBodyId : undefined;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
}

/** The `updatedAt` an edit started from: the If-Match header (quotes and W/ allowed) or the body's. */
function startedFrom(ifMatch: string | undefined, raw: unknown): string | undefined {
  if (ifMatch !== undefined && ifMatch.trim() !== '' && ifMatch.trim() !== '*')
    return ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  const at = typeof raw === 'object' && raw !== null ? (raw as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof at === 'string' ? at : undefined;
}

function forbidden(what: string) {
  return { error: 'forbidden', message: `Your role does not allow you to ${what}.` };
}

/** /api/v1/admin/meetings: the actor's meetings, published or not, with their private fields. */
export function adminMeetingApi(store: Store): FastifyPluginCallbackTypebox {
  return (app, _options, done) => {
    app.get(
      '/api/v1/admin/meetings',
      {
        schema: {
          summary: "The token's meetings: every meeting of its service bodies, published or not, with private fields",
          tags,
          security,
          response: { 200: Type.Object({ meetings: Type.Array(AdminMeetingSchema) }), ...refused },
        },
      },
      async (request) => {
        const actor = apiActor(request);
        const meetings: Meeting[] = [];
        for await (const page of store.meetings.all()) meetings.push(...page.filter((m) => maySeeMeetingOf(actor, m.serviceBodyId)));
        return { meetings };
      },
    );

    app.get(
      '/api/v1/admin/meetings/:id',
      {
        schema: {
          summary: 'One meeting, with private fields',
          tags,
          security,
          params: Params,
          response: { 200: AdminMeetingSchema, 404: ErrorSchema, ...refused },
        },
      },
      async (request, reply) => {
        const meeting = await store.meetings.get(request.params.id);
        if (!meeting) return reply.status(404).send({ error: 'not_found', message: `No meeting has the id ${request.params.id}.` });
        if (!maySeeMeetingOf(apiActor(request), meeting.serviceBodyId)) return reply.status(403).send(forbidden('see this meeting'));
        return meeting;
      },
    );

    app.post(
      '/api/v1/admin/meetings',
      {
        schema: {
          summary: 'Creates a meeting',
          tags,
          security,
          body: MeetingInputBody,
          response: { 201: AdminMeetingSchema, 400: ErrorSchema, ...refused },
        },
      },
      async (request, reply) => {
        const actor = apiActor(request);
        if (!mayEditMeetingIn(actor, bodyOf(request.body))) return reply.status(403).send(forbidden('add a meeting to this service body'));
        const meeting = await store.meetings.create(request.body, actorName(actor));
        return reply.status(201).header('location', `/api/v1/admin/meetings/${meeting.id}`).send(meeting);
      },
    );

    app.put(
      '/api/v1/admin/meetings/:id',
      {
        schema: {
          summary: 'Replaces a meeting; refused with 409 when it changed after the If-Match (or body) updatedAt',
          tags,
          security,
          params: Params,
          headers: Type.Object({
            'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'the updatedAt the edit started from' })),
          }),
          body: MeetingInputBody,
          response: { 200: AdminMeetingSchema, 400: ErrorSchema, 404: ErrorSchema, 409: StaleSchema, ...refused },
        },
      },
      async (request, reply) => {
        const actor = apiActor(request);
        const { id } = request.params;
        const before = await store.meetings.get(id);
        if (!before) return reply.status(404).send({ error: 'not_found', message: `No meeting has the id ${id}.` });
        if (!mayEditMeetingIn(actor, before.serviceBodyId) || !mayEditMeetingIn(actor, bodyOf(request.body))) {
          return reply.status(403).send(forbidden('change this meeting or move it to that service body'));
        }
        const ifUpdatedAt = startedFrom(request.headers['if-match'], request.body);
        try {
          const after = await store.meetings.update(id, request.body, actorName(actor), ifUpdatedAt === undefined ? {} : { ifUpdatedAt });
          if (!after) return await reply.status(404).send({ error: 'not_found', message: `No meeting has the id ${id}.` });
          return after;
        } catch (error) {
          if (!(error instanceof StaleEditError)) throw error;
          return reply.status(409).send({
            error: 'stale_edit' as const,
            message: `Someone saved this meeting at ${error.current.updatedAt}, after your edit began. Nothing was changed: start again from current.`,
            current: error.current,
          });
        }
      },
    );

    app.delete(
      '/api/v1/admin/meetings/:id',
      {
        schema: {
          summary: 'Deletes a meeting (its history stays)',
          tags,
          security,
          params: Params,
          response: { 204: Type.Null(), 404: ErrorSchema, ...refused },
        },
      },
      async (request, reply) => {
        const actor = apiActor(request);
        const meeting = await store.meetings.get(request.params.id);
        if (!meeting) return reply.status(404).send({ error: 'not_found', message: `No meeting has the id ${request.params.id}.` });
        if (!mayEditMeetingIn(actor, meeting.serviceBodyId)) return reply.status(403).send(forbidden('delete this meeting'));
        await store.meetings.remove(meeting.id, actorName(actor));
        return reply.status(204).send(null);
      },
    );
    done();
  };
}
