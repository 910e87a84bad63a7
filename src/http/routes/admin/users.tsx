import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import type { Account, AccountInput, Role } from '../../../domain/account.js';
import { accountFormProblems } from '../../../domain/account-form.js';
import { passwordProblem } from '../../../domain/account.js';
import { managesAccounts, mayManageAccount, rolesGrantable, type Actor } from '../../../domain/permissions.js';
import { AccountExistsError } from '../../../store/account-repository.js';
import { hashPassword } from '../../../store/password-hash.js';
import type { Store } from '../../../store/store.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { UserFormPage, UsersPage, type UserFormValues } from '../../../web/admin/pages/users.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed } from '../../admin/admin-session.js';
import { fieldErrorsOf } from '../../admin/field-problems.js';
import { flash, takeFlash } from '../../admin/flash.js';
import { formList, formText } from '../../admin/form-body.js';
import { notFoundPage } from '../../admin/not-found.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

function accountInput(body: unknown, email: string): AccountInput {
  const name = formText(body, 'name').trim();
  return {
    email,
    name: name === '' ? null : name,
    role: formText(body, 'role') as Role,
    serviceBodyIds: formList(body, 'bodies')
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0),
  };
}

function valuesOf(account: Account): UserFormValues {
  return {
    email: account.email,
    name: account.name ?? '',
    role: account.role,
    bodies: account.serviceBodyIds,
    updatedAt: account.updatedAt,
  };
}

/** /admin/users…: server admins manage everyone; a body admin the editors and observers of its bodies. */
export function userRoutes(store: Store): FastifyPluginCallback {
  async function grantableBodies(actor: Actor) {
    const bodies = await store.serviceBodies.list();
    return bodies.filter((body) => actor.account.role === 'admin' || actor.reach.has(body.id));
  }

  /** The account the actor may manage, or a 404/403 page sent (and null). */
  async function manageable(request: IdRequest, reply: FastifyReply): Promise<Account | null> {
    const id = Number(request.params.id);
    const account = Number.isSafeInteger(id) ? await store.accounts.get(id) : undefined;
    if (!account) {
      await notFoundPage(reply, 'user');
      return null;
    }
    if (!mayManageAccount(actorOfRequest(request), account)) {
      await reply.forbidden();
      return null;
    }
    return account;
  }

  async function formPage(
    reply: FastifyReply,
    actor: Actor,
    props: {
      account?: Account;
      values: UserFormValues;
      errors: FieldErrors;
      notice?: string | null;
      problem?: string | null;
      passwordErrors?: FieldErrors;
    },
    status = 200,
  ) {
    const bodies = await grantableBodies(actor);
    return reply.adminPage(
      (admin) => (
        <UserFormPage
          admin={admin}
          {...(props.account ? { account: props.account } : {})}
          values={props.values}
          errors={props.errors}
          roles={rolesGrantable(actor)}
          bodies={bodies}
          notice={props.notice ?? null}
          problem={props.problem ?? null}
          {...(props.passwordErrors ? { passwordErrors: props.passwordErrors } : {})}
        />
      ),
      status,
    );
  }

  return (app, _options, done) => {
    const onlyManagers = { schema: { hide: true }, preHandler: allowed(managesAccounts) };

    app.get('/admin/users', onlyManagers, async (request, reply) => {
      const actor = actorOfRequest(request);
      const accounts = (await store.accounts.list()).filter((account) => mayManageAccount(actor, account));
      const bodies = await store.serviceBodies.list();
      const notice = takeFlash(request);
      return reply.adminPage((admin) => <UsersPage admin={admin} accounts={accounts} bodies={bodies} notice={notice} />);
    });

    app.get('/admin/users/new', onlyManagers, async (request, reply) => {
      const actor = actorOfRequest(request);
      const role = rolesGrantable(actor).includes('editor') ? 'editor' : rolesGrantable(actor)[0]!;
      return formPage(reply, actor, { values: { email: '', name: '', role, bodies: [], updatedAt: null }, errors: {} });
    });

    app.post('/admin/users', onlyManagers, async (request, reply) => {
      const actor = actorOfRequest(request);
      const text = messages().admin.users;
      const email = formText(request.body, 'email').trim();
      const input = accountInput(request.body, email);
      const password = formText(request.body, 'password');
      const known = new Set((await store.serviceBodies.list()).map((b) => b.id));
      const errors = fieldErrorsOf(accountFormProblems(actor, input, known, password));
      if (email === '') errors['email'] = text.missingEmail;
      const values = { email, name: input.name ?? '', role: input.role, bodies: input.serviceBodyIds, updatedAt: null };
      if (Object.keys(errors).length > 0) return formPage(reply, actor, { values, errors }, 400);
      try {
        const account = await store.accounts.add(input, await hashPassword(password));
        flash(request, text.created(account.email));
        return await reply.redirect('/admin/users', 303);
      } catch (error) {
        if (!(error instanceof AccountExistsError)) throw error;
        return formPage(reply, actor, { values, errors: { email: text.emailTaken } }, 400);
      }
    });

    app.get('/admin/users/:id', onlyManagers, async (request: IdRequest, reply) => {
      const account = await manageable(request, reply);
      if (!account) return reply;
      return formPage(reply, actorOfRequest(request), { account, values: valuesOf(account), errors: {}, notice: takeFlash(request) });
    });

    app.post('/admin/users/:id', onlyManagers, async (request: IdRequest, reply) => {
      const account = await manageable(request, reply);
      if (!account) return reply;
      const actor = actorOfRequest(request);
      const text = messages().admin.users;
      if (formText(request.body, 'updatedAt') !== account.updatedAt) {
        return formPage(reply, actor, { account, values: valuesOf(account), errors: {}, problem: text.stale }, 409);
      }
      const input = accountInput(request.body, account.email);
      const known = new Set((await store.serviceBodies.list()).map((b) => b.id));
      const errors = fieldErrorsOf(accountFormProblems(actor, input, known, null));
      if (Object.keys(errors).length > 0) {
        const values = {
          email: account.email,
          name: input.name ?? '',
          role: input.role,
          bodies: input.serviceBodyIds,
          updatedAt: account.updatedAt,
        };
        return formPage(reply, actor, { account, values, errors }, 400);
      }
      await store.accounts.update(account.id, input);
      flash(request, text.saved(account.email));
      return reply.redirect(`/admin/users/${account.id}`, 303);
    });

    app.post('/admin/users/:id/active', onlyManagers, async (request: IdRequest, reply) => {
      const account = await manageable(request, reply);
      if (!account) return reply;
      const actor = actorOfRequest(request);
      const text = messages().admin.users;
      const active = formText(request.body, 'active') === '1';
      if (!active && account.id === actor.account.id) {
        return formPage(reply, actor, { account, values: valuesOf(account), errors: {}, problem: text.notYourself }, 400);
      }
      await store.accounts.setActive(account.email, active);
      // A deactivated volunteer is out at once, on every browser, not when their session expires.
      if (!active) await store.sessions.destroyForAccount(account.id);
      flash(request, active ? text.reactivated(account.email) : text.deactivated(account.email));
      return reply.redirect(`/admin/users/${account.id}`, 303);
    });

    app.post('/admin/users/:id/password', onlyManagers, async (request: IdRequest, reply) => {
      const account = await manageable(request, reply);
      if (!account) return reply;
      const actor = actorOfRequest(request);
      const text = messages().admin.users;
      const password = formText(request.body, 'newPassword');
      const problem = passwordProblem(password);
      if (problem) {
        return formPage(reply, actor, { account, values: valuesOf(account), errors: {}, passwordErrors: { newPassword: problem } }, 400);
      }
      await store.accounts.setPassword(account.id, await hashPassword(password));
      await store.sessions.destroyForAccount(account.id);
      flash(request, text.passwordSet(account.email));
      return reply.redirect(`/admin/users/${account.id}`, 303);
    });
    done();
  };
}
