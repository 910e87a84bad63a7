import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { actorOf, type Actor } from '../../domain/permissions.js';
import type { Store } from '../../store/store.js';

/** The security scheme's name in the OpenAPI document: every admin API route asks for it. */
export const BEARER = 'bearerToken';

/** `Authorization: Bearer <token>` → the token; anything else → null. */
export function bearerOf(header: string | undefined): string | null {
  const match = /^Bearer[ ]+([!-~]{1,200})$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

/** The token each request came with, for noting its use once the answer is known. */
const tokenIds = new WeakMap<FastifyRequest, number>();

function unauthorized(reply: FastifyReply, message: string): FastifyReply {
  return reply
    .status(401)
    .header('www-authenticate', 'Bearer realm="openrooms-admin"')
    .header('cache-control', 'no-store')
    .send({ error: 'unauthorized', message });
}

/**
 * The admin API's actor, from a bearer token and nothing else: no cookie is read here, so a
 * page on another site cannot act with a volunteer's session (and needs no CSRF token). A
 * missing, unknown or revoked token, or one of a deactivated account, gets a 401.
 */
export const bearerToken = fp<{ store: Store }>(
  (app, { store }, done) => {
    app.decorateRequest('actor', null);
    app.addHook('onRequest', async (request, reply) => {
      const secret = bearerOf(request.headers.authorization);
      if (secret === null) return unauthorized(reply, 'Send an API token: Authorization: Bearer <token> (made at /admin/tokens).');
      const token = await store.tokens.find(secret);
      const account = token && (await store.accounts.get(token.accountId));
      if (!account || !account.active) return unauthorized(reply, 'This token is unknown, revoked, or its account is deactivated.');
      request.actor = actorOf(account, await store.serviceBodies.list());
      tokenIds.set(request, token.id);
    });
    // Answers hold private fields: no cache anywhere may keep them.
    app.addHook('onSend', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      // "Last used" counts what the token did, not what it was refused: a refusal leaves no trace.
      const id = tokenIds.get(request);
      if (id !== undefined && reply.statusCode < 400) await store.tokens.touch(id);
    });
    done();
  },
  { name: 'openrooms-admin-bearer', fastify: '5.x' },
);

/** The actor of an admin API request (the hook has refused every request without one). */
export function apiActor(request: FastifyRequest): Actor {
  if (request.actor === null) throw new Error('apiActor outside the admin API scope');
  return request.actor;
}
