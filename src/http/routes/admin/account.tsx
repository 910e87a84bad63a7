import type { FastifyPluginCallback } from 'fastify';
import { passwordProblem } from '../../../domain/account.js';
import { hashPassword, passwordMatches } from '../../../store/password-hash.js';
import type { Store } from '../../../store/store.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { AccountPage } from '../../../web/admin/pages/account.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, signedIn } from '../../admin/admin-session.js';
import { flash, takeFlash } from '../../admin/flash.js';
import { formText } from '../../admin/form-body.js';

/** /admin/account: anyone signed in changes their own password, knowing the current one. */
export function accountRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get('/admin/account', { schema: { hide: true }, preHandler: signedIn }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const notice = takeFlash(request);
      return reply.adminPage((admin) => <AccountPage admin={{ ...admin, actor }} errors={{}} notice={notice} />);
    });

    app.post(
      '/admin/account/password',
      { schema: { hide: true }, preHandler: signedIn, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
      async (request, reply) => {
        const actor = actorOfRequest(request);
        const text = messages().admin.account;
        const current = formText(request.body, 'current');
        const next = formText(request.body, 'next');
        const errors: FieldErrors = {};
        const stored = await store.accounts.get(actor.account.id);
        if (current === '') errors['current'] = text.missingCurrent;
        else if (!(await passwordMatches(stored?.passwordHash ?? null, current))) errors['current'] = text.wrongCurrent;
        const problem = passwordProblem(next);
        if (problem) errors['next'] = problem;
        else if (formText(request.body, 'confirm') !== next) errors['confirm'] = text.mismatch;
        if (Object.keys(errors).length > 0) {
          return reply.adminPage((admin) => <AccountPage admin={{ ...admin, actor }} errors={errors} notice={null} />, 400);
        }
        await store.accounts.setPassword(actor.account.id, await hashPassword(next));
        // Every other browser is logged out; this one goes on in a new session.
        await store.sessions.destroyForAccount(actor.account.id);
        await request.session.regenerate();
        request.session.accountId = actor.account.id;
        flash(request, text.changed);
        return reply.redirect('/admin/account', 303);
      },
    );
    done();
  };
}
