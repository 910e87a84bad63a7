import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import { maySeeMeetingOf, mayManageServiceBody, type Actor } from '../../../domain/permissions.js';
import type { Change } from '../../../store/change-log.js';
import type { Store } from '../../../store/store.js';
import { apiActor, BEARER } from '../../admin/bearer-token.js';
import { AdminServiceBodySchema, ChangeSchema } from '../../schemas/admin.js';
import { ErrorSchema } from '../../schemas/meeting.js';

const security = [{ [BEARER]: [] }];
const tags = ['admin'];
const refused = { 401: ErrorSchema, 403: ErrorSchema };

/** A meeting's change shows only to those who may see the meeting (before or after it moved); other changes to all. */
function maySeeChange(actor: Actor, change: Change): boolean {
  if (change.entityType !== 'meeting') return true;
  const bodyOf = (m: unknown) => (m as { serviceBodyId?: number | null } | null)?.serviceBodyId ?? null;
  return [change.before, change.after].some((m) => m !== null && maySeeMeetingOf(actor, bodyOf(m)));
}

/** /api/v1/admin/service-bodies and /api/v1/admin/changes. */
export function adminReferenceApi(store: Store): FastifyPluginCallbackTypebox {
  return (app, _options, done) => {
    app.get(
      '/api/v1/admin/service-bodies',
      {
        schema: {
          summary: 'Every service body, with whether the token may change it',
          tags,
          security,
          response: { 200: Type.Object({ serviceBodies: Type.Array(AdminServiceBodySchema) }), ...refused },
        },
      },
      async (request) => {
        const actor = apiActor(request);
        const bodies = await store.serviceBodies.list();
        return { serviceBodies: bodies.map((body) => ({ ...body, manages: mayManageServiceBody(actor, body.id) })) };
      },
    );

    app.get(
      '/api/v1/admin/changes',
      {
        schema: {
          summary: 'The change log after a sequence number, oldest first, as far as the token may see it',
          tags,
          security,
          querystring: Type.Object(
            {
              since: Type.Optional(Type.Integer({ minimum: 0, default: 0, description: 'a sequence number: changes after it' })),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'from 1 to 1000' })),
            },
            { additionalProperties: false },
          ),
          response: { 200: Type.Object({ changes: Type.Array(ChangeSchema), next: Type.Integer() }), ...refused },
        },
      },
      async (request) => {
        const actor = apiActor(request);
        const { since = 0, limit = 100 } = request.query;
        const read = await store.changes.since(since, limit);
        // `next` follows what was read, not what was shown, so a script never rereads a hidden change.
        const next = read.at(-1)?.seq ?? since;
        return { changes: read.filter((change) => maySeeChange(actor, change)), next };
      },
    );
    done();
  };
}
