import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { isLocked } from '../../../domain/login.js';
import type { Store } from '../../../store/store.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { LoginPage } from '../../../web/admin/pages/login.js';
import { messages } from '../../../web/i18n/messages.js';
import { passwordMatches } from '../../../store/password-hash.js';
import { actorOfRequest, adminPathOrHome, SESSION_COOKIE, signedIn } from '../../admin/admin-session.js';
import { formText } from '../../admin/form-body.js';

interface LoginForm {
  email: string;
  errors: FieldErrors;
  problem: string | null;
  next: string;
}

function loginPage(reply: FastifyReply, form: LoginForm & { notice?: string | null }, status = 200): FastifyReply {
  return reply.adminPage(
    (admin) => (
      <LoginPage
        admin={admin}
        next={form.next}
        email={form.email}
        errors={form.errors}
        problem={form.problem}
        notice={form.notice ?? null}
      />
    ),
    status,
  );
}

/** "12:45": the end of a lock, as the page says it (UTC, which the page names). */
function clock(iso: string): string {
  return iso.slice(11, 16);
}

/** /admin/login, /admin/logout and /admin/logout-everywhere. */
export function loginRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get(
      '/admin/login',
      { schema: { hide: true } },
      async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
        const next = adminPathOrHome(request.query['next']);
        if (request.actor !== null) return reply.redirect(next, 303);
        const text = messages().admin.login;
        const done = request.query['done'];
        const notice = done === 'out' ? text.loggedOut : done === 'everywhere' ? text.loggedOutEverywhere : null;
        return loginPage(reply, { email: '', errors: {}, problem: null, next, notice });
      },
    );

    app.post('/admin/login', { schema: { hide: true }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } }, async (request, reply) => {
      const text = messages().admin.login;
      const email = formText(request.body, 'email').trim();
      const password = formText(request.body, 'password');
      const next = adminPathOrHome(formText(request.body, 'next'));
      const errors: FieldErrors = {};
      if (email === '') errors['email'] = text.missingEmail;
      if (password === '') errors['password'] = text.missingPassword;
      if (Object.keys(errors).length > 0) return loginPage(reply, { email, errors, problem: null, next }, 400);

      const account = await store.accounts.byEmail(email);
      const now = new Date(store.changes.now());
      if (account && isLocked(account.lockedUntil, now)) {
        return loginPage(reply, { email, errors: {}, problem: text.locked(clock(account.lockedUntil!)), next }, 423);
      }
      // The decoy is checked when no account matches, so both answers take as long.
      const matches = await passwordMatches(account?.passwordHash ?? null, password);
      if (!account || !matches) {
        if (account) await store.accounts.recordFailedLogin(account.id);
        return loginPage(reply, { email, errors: {}, problem: text.failed, next }, 401);
      }
      if (!account.active) return loginPage(reply, { email, errors: {}, problem: text.inactive, next }, 403);
      await store.accounts.recordLogin(account.id);
      // A new session id at login: one planted before it (session fixation) is worth nothing after.
      await request.session.regenerate();
      request.session.accountId = account.id;
      return reply.redirect(next, 303);
    });

    app.post('/admin/logout', { schema: { hide: true } }, async (request, reply) => {
      await request.session.destroy();
      return reply.clearCookie(SESSION_COOKIE, { path: '/admin' }).redirect('/admin/login?done=out', 303);
    });

    app.post('/admin/logout-everywhere', { schema: { hide: true }, preHandler: signedIn }, async (request, reply) => {
      await store.sessions.destroyForAccount(actorOfRequest(request).account.id);
      await request.session.destroy();
      return reply.clearCookie(SESSION_COOKIE, { path: '/admin' }).redirect('/admin/login?done=everywhere', 303);
    });
    done();
  };
}
