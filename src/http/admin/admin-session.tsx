import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import session from '@fastify/session';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import { actorOf, type Actor } from '../../domain/permissions.js';
import type { Store } from '../../store/store.js';
import type { AdminContext } from '../../web/admin/admin-context.js';
import { AdminMessagePage } from '../../web/admin/pages/message.js';
import { messages } from '../../web/i18n/messages.js';
import { renderDocument } from '../../web/render.js';
import { databaseSessionStore, SESSION_HOURS } from './session-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is signed in (by session or, on the admin API, by token); null for anyone else. */
    actor: Actor | null;
  }
  interface FastifyReply {
    /** Sends an admin page, built with the admin context (and a fresh CSRF token for its forms). */
    adminPage(render: (admin: AdminContext) => VNode, status?: number): FastifyReply;
    /** The 403 page: the actor's role does not allow this. */
    forbidden(): FastifyReply;
  }
}

/** The cookie only volunteers ever get: set under /admin alone, never on a public page. */
export const SESSION_COOKIE = 'openrooms_admin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a redirect target after login is one of ours: an /admin path, not another site ("//evil.example"). */
export function adminPathOrHome(next: unknown): string {
  return typeof next === 'string' && /^\/admin(?:[/?#]|$)/.test(next) && !next.startsWith('//') ? next : '/admin';
}

/**
 * Sessions, forms and their CSRF tokens, and the actor, for the admin scope only. Registered
 * inside the admin routes' plugin, so no public route parses a cookie or sets one.
 */
export const adminSession = fp<{ store: Store }>(
  async (app, { store }) => {
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    await app.register(cookie);
    await app.register(session, {
      secret: await store.settings.secret('session-cookie'),
      cookieName: SESSION_COOKIE,
      store: databaseSessionStore(store.sessions),
      // A cookie only once there is something to keep (a login form's CSRF secret, a login).
      saveUninitialized: false,
      cookie: { path: '/admin', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_HOURS * 3_600_000 },
    });
    await app.register(csrf, { sessionPlugin: '@fastify/session' });
    // Limits only the routes that ask (the login); the key is the address, kept in memory, never logged.
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'too_many_requests',
        message: `retry after ${context.after}`,
      }),
    });

    app.decorateRequest('actor', null);
    app.addHook('preHandler', async (request) => {
      const id = request.session.accountId;
      if (id === undefined) return;
      const account = await store.accounts.get(id);
      if (!account || !account.active) {
        // Deactivated since the login: the session ends here, and the request goes on as anyone's.
        await request.session.regenerate();
        return;
      }
      request.actor = actorOf(account, await store.serviceBodies.list());
    });
    // The token comes in the form body, so the check runs once the body is parsed.
    app.addHook('preHandler', (request, reply, done) => {
      if (SAFE_METHODS.has(request.method)) done();
      else app.csrfProtection(request, reply, done);
    });

    app.decorateReply('adminPage', function (this: FastifyReply, render: (admin: AdminContext) => VNode, status = 200): FastifyReply {
      const admin: AdminContext = { page: this.request.pageContext(), actor: this.request.actor, csrf: this.generateCsrf() };
      return this.status(status)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderDocument(render(admin), null));
    });
    app.decorateReply('forbidden', function (this: FastifyReply): FastifyReply {
      const text = messages().admin.common;
      return this.adminPage((admin) => <AdminMessagePage admin={admin} title={text.forbiddenTitle} text={text.forbidden} />, 403);
    });

    // A person at a form gets a page, not JSON: a stale token or too many tries say what to do.
    app.setErrorHandler((error: FastifyError, _request, reply) => {
      const text = messages().admin.common;
      if (error.code.startsWith('FST_CSRF_')) {
        return reply.adminPage((admin) => <AdminMessagePage admin={admin} title={text.badTokenTitle} text={text.badToken} />, 403);
      }
      if (error.statusCode === 429) {
        return reply.adminPage((admin) => <AdminMessagePage admin={admin} title={text.tooManyTitle} text={text.tooMany} />, 429);
      }
      // Everything else goes to the site's own handler.
      throw error;
    });
  },
  { name: 'openrooms-admin-session', fastify: '5.x' },
);

/** A preHandler for every admin page but the login: the signed-in actor, or the login page (GET) or a 401. */
export async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor !== null) return;
  if (request.method === 'GET' || request.method === 'HEAD') {
    const next = encodeURIComponent(request.url);
    await reply.redirect(`/admin/login?next=${next}`, 303);
    return;
  }
  await reply.status(401).send({ error: 'unauthorized', message: 'Log in first: /admin/login' });
}

/** A preHandler that lets only the actors `allowed` accepts through (after `signedIn`). */
export function allowed(check: (actor: Actor) => boolean) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (request.actor === null) return signedIn(request, reply);
    if (!check(request.actor)) await reply.forbidden();
  };
}

/** The actor of a request that passed `signedIn`. */
export function actorOfRequest(request: FastifyRequest): Actor {
  if (request.actor === null) throw new Error('actorOfRequest before signedIn');
  return request.actor;
}
