import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { isServerAdmin, mayManageToken, type Actor } from '../../../domain/permissions.js';
import type { Store } from '../../../store/store.js';
import type { ApiTokenView } from '../../../web/admin/admin-records.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { TokensPage } from '../../../web/admin/pages/tokens.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, signedIn } from '../../admin/admin-session.js';
import { flash, takeFlash } from '../../admin/flash.js';
import { formText } from '../../admin/form-body.js';
import { notFoundPage } from '../../admin/not-found.js';

/** /admin/tokens: each volunteer's API tokens; a server admin sees and revokes everyone's. */
export function tokenRoutes(store: Store): FastifyPluginCallback {
  async function views(actor: Actor): Promise<ApiTokenView[]> {
    const all = isServerAdmin(actor);
    const tokens = await store.tokens.list(all ? undefined : actor.account.id);
    const emails = new Map((all ? await store.accounts.list() : [actor.account]).map((a) => [a.id, a.email]));
    return tokens.map((token) => ({ ...token, owner: emails.get(token.accountId) ?? `#${token.accountId}` }));
  }

  async function page(request: FastifyRequest, reply: FastifyReply, form: { name: string; errors: FieldErrors }, status = 200) {
    const actor = actorOfRequest(request);
    const tokens = await views(actor);
    const secret = request.session.newToken ?? null;
    if (secret !== null) delete request.session.newToken;
    const notice = takeFlash(request);
    return reply.adminPage(
      (admin) => (
        <TokensPage
          admin={admin}
          tokens={tokens}
          showOwners={isServerAdmin(actor)}
          secret={secret}
          name={form.name}
          errors={form.errors}
          notice={notice}
        />
      ),
      status,
    );
  }

  return (app, _options, done) => {
    const options = { schema: { hide: true }, preHandler: signedIn };

    app.get('/admin/tokens', options, async (request, reply) => page(request, reply, { name: '', errors: {} }));

    app.post('/admin/tokens', options, async (request, reply) => {
      const text = messages().admin.tokens;
      const name = formText(request.body, 'name').trim();
      if (name === '' || name.length > 100)
        return page(request, reply, { name, errors: { name: name === '' ? text.missingName : text.tooLong } }, 400);
      const { secret } = await store.tokens.create(actorOfRequest(request).account.id, name);
      // Kept in the session only until the next page shows it once.
      request.session.newToken = secret;
      return reply.redirect('/admin/tokens', 303);
    });

    app.post('/admin/tokens/:id/revoke', options, async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
      const id = Number(request.params.id);
      const token = Number.isSafeInteger(id) ? await store.tokens.get(id) : undefined;
      if (!token) return notFoundPage(reply, 'token');
      if (!mayManageToken(actorOfRequest(request), token.accountId)) return reply.forbidden();
      await store.tokens.revoke(token.id);
      flash(request, messages().admin.tokens.revokedNotice(token.name));
      return reply.redirect('/admin/tokens', 303);
    });
    done();
  };
}
