import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import {
  actorName,
  isServerAdmin,
  mayDeleteServiceBody,
  mayManageServiceBody,
  mayPlaceServiceBody,
  type Actor,
} from '../../../domain/permissions.js';
import { ValidationError, type Problem } from '../../../domain/problem.js';
import type { ServiceBody } from '../../../domain/service-body.js';
import { parentProblem } from '../../../domain/service-body-move.js';
import { validateServiceBodyInput } from '../../../domain/service-body-validation.js';
import type { Store } from '../../../store/store.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { ServiceBodiesPage, ServiceBodyFormPage, type ServiceBodyFormValues } from '../../../web/admin/pages/service-bodies.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed, signedIn } from '../../admin/admin-session.js';
import { fieldErrorsOf } from '../../admin/field-problems.js';
import { flash, takeFlash } from '../../admin/flash.js';
import { formText } from '../../admin/form-body.js';
import { notFoundPage } from '../../admin/not-found.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;
const FIELDS = ['name', 'type', 'parentId', 'description', 'website', 'helpline', 'email', 'worldId'] as const;

function valuesOf(body: ServiceBody): ServiceBodyFormValues {
  return {
    name: body.name,
    type: body.type,
    parentId: body.parentId === null ? '' : String(body.parentId),
    description: body.description ?? '',
    website: body.website ?? '',
    helpline: body.helpline ?? '',
    email: body.email ?? '',
    worldId: body.worldId ?? '',
    updatedAt: body.updatedAt,
  };
}

function valuesFrom(form: unknown, updatedAt: string | null): ServiceBodyFormValues {
  const values = { updatedAt } as ServiceBodyFormValues;
  for (const field of FIELDS) values[field] = formText(form, field);
  return values;
}

/** The form as the domain validates it: the stored body's import fields (source, sample) are kept. */
function rawOf(values: ServiceBodyFormValues, before: ServiceBody | undefined): Record<string, unknown> {
  const parentId = values.parentId.trim() === '' ? null : Number(values.parentId);
  return {
    name: values.name,
    type: values.type,
    parentId: parentId === null || Number.isSafeInteger(parentId) ? parentId : values.parentId,
    description: values.description,
    website: values.website,
    helpline: values.helpline,
    email: values.email,
    worldId: values.worldId,
    sample: before?.sample ?? false,
    source: before?.source ?? null,
    externalId: before?.externalId ?? null,
  };
}

/** /admin/service-bodies…: the tree; each body admin within its own bodies, a server admin everywhere. */
export function serviceBodyRoutes(store: Store): FastifyPluginCallback {
  async function form(
    reply: FastifyReply,
    actor: Actor,
    props: { body?: ServiceBody; values: ServiceBodyFormValues; errors: FieldErrors; problem?: string | null; notice?: string | null },
    status = 200,
  ) {
    const bodies = await store.serviceBodies.list();
    const below = props.body
      ? new Set(bodies.filter((b) => parentProblem(bodies, props.body!.id, b.id) !== null).map((b) => b.id))
      : new Set<number>();
    // A body admin keeps a body it manages where it is, even when the parent is not its own.
    const parents = bodies.filter((b) => !below.has(b.id) && (mayManageServiceBody(actor, b.id) || b.id === props.body?.parentId));
    return reply.adminPage(
      (admin) => (
        <ServiceBodyFormPage
          admin={admin}
          {...(props.body ? { body: props.body } : {})}
          values={props.values}
          errors={props.errors}
          parents={parents}
          addsTop={isServerAdmin(actor) || props.body?.parentId === null}
          mayDelete={props.body !== undefined && mayDeleteServiceBody(actor, props.body)}
          problem={props.problem ?? null}
          notice={props.notice ?? null}
        />
      ),
      status,
    );
  }

  /** Every problem of the form: the domain's checks, the tree's, and where the actor may put it. */
  async function problemsOf(actor: Actor, raw: Record<string, unknown>, before: ServiceBody | undefined): Promise<Problem[]> {
    const result = validateServiceBodyInput(raw);
    const problems = result.ok ? [] : [...result.problems];
    const parentId = typeof raw['parentId'] === 'number' ? raw['parentId'] : null;
    if (!problems.some((p) => p.field === 'parentId')) {
      const tree = parentProblem(await store.serviceBodies.list(), before?.id ?? null, parentId);
      if (tree) problems.push({ field: 'parentId', message: tree });
      else if (!mayPlaceServiceBody(actor, before ?? null, parentId))
        problems.push({ field: 'parentId', message: messages().admin.bodies.parentNotYours });
    }
    return problems;
  }

  async function managed(request: IdRequest, reply: FastifyReply): Promise<ServiceBody | null> {
    const id = Number(request.params.id);
    const body = Number.isSafeInteger(id) ? await store.serviceBodies.get(id) : undefined;
    if (!body) {
      await notFoundPage(reply, 'service body');
      return null;
    }
    if (!mayManageServiceBody(actorOfRequest(request), body.id)) {
      await reply.forbidden();
      return null;
    }
    return body;
  }

  return (app, _options, done) => {
    const page = { schema: { hide: true }, preHandler: signedIn };
    const managers = {
      schema: { hide: true },
      preHandler: allowed((actor) => isServerAdmin(actor) || actor.account.role === 'body-admin'),
    };

    app.get('/admin/service-bodies', page, async (request, reply) => {
      const actor = actorOfRequest(request);
      const bodies = await store.serviceBodies.list();
      const manages = new Set(bodies.filter((b) => mayManageServiceBody(actor, b.id)).map((b) => b.id));
      const notice = takeFlash(request);
      return reply.adminPage((admin) => (
        <ServiceBodiesPage admin={admin} bodies={bodies} manages={manages} addsTop={isServerAdmin(actor)} notice={notice} />
      ));
    });

    app.get('/admin/service-bodies/new', managers, async (request: FastifyRequest<{ Querystring: { parent?: string } }>, reply) => {
      const values = valuesFrom({}, null);
      values.type = 'area';
      values.parentId = request.query.parent ?? '';
      return form(reply, actorOfRequest(request), { values, errors: {} });
    });

    app.post('/admin/service-bodies', managers, async (request, reply) => {
      const actor = actorOfRequest(request);
      const values = valuesFrom(request.body, null);
      const raw = rawOf(values, undefined);
      const problems = await problemsOf(actor, raw, undefined);
      if (problems.length > 0) return form(reply, actor, { values, errors: fieldErrorsOf(problems) }, 400);
      try {
        const body = await store.serviceBodies.create(raw, actorName(actor));
        flash(request, messages().admin.bodies.created(body.name));
        return await reply.redirect('/admin/service-bodies', 303);
      } catch (error) {
        // The parent was deleted between the check and the write.
        if (!(error instanceof ValidationError)) throw error;
        return form(reply, actor, { values, errors: fieldErrorsOf(error.problems) }, 400);
      }
    });

    app.get('/admin/service-bodies/:id', managers, async (request: IdRequest, reply) => {
      const body = await managed(request, reply);
      if (!body) return reply;
      return form(reply, actorOfRequest(request), { body, values: valuesOf(body), errors: {}, notice: takeFlash(request) });
    });

    app.post('/admin/service-bodies/:id', managers, async (request: IdRequest, reply) => {
      const body = await managed(request, reply);
      if (!body) return reply;
      const actor = actorOfRequest(request);
      const text = messages().admin.bodies;
      if (formText(request.body, 'updatedAt') !== body.updatedAt) {
        return form(reply, actor, { body, values: valuesOf(body), errors: {}, problem: text.stale }, 409);
      }
      const values = valuesFrom(request.body, body.updatedAt);
      const raw = rawOf(values, body);
      const problems = await problemsOf(actor, raw, body);
      if (problems.length > 0) return form(reply, actor, { body, values, errors: fieldErrorsOf(problems) }, 400);
      const after = await store.serviceBodies.update(body.id, raw, actorName(actor));
      flash(request, text.saved(after?.name ?? body.name));
      return reply.redirect(`/admin/service-bodies/${body.id}`, 303);
    });

    app.post('/admin/service-bodies/:id/delete', managers, async (request: IdRequest, reply) => {
      const body = await managed(request, reply);
      if (!body) return reply;
      const actor = actorOfRequest(request);
      if (!mayDeleteServiceBody(actor, body)) return reply.forbidden();
      const text = messages().admin.bodies;
      const outcome = await store.serviceBodies.remove(body.id, actorName(actor));
      if (outcome === 'missing') return notFoundPage(reply, 'service body');
      if (outcome !== 'removed') {
        const problem = { 'has-meetings': text.hasMeetings, 'has-children': text.hasChildren, 'has-accounts': text.hasAccounts }[outcome];
        return form(reply, actor, { body, values: valuesOf(body), errors: {}, problem }, 409);
      }
      flash(request, text.deleted(body.name));
      return reply.redirect('/admin/service-bodies', 303);
    });
    done();
  };
}
