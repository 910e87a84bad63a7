import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { changedSince, correctionDiff, type CorrectionRequest } from '../../../domain/correction.js';
import type { Actor } from '../../../domain/permissions.js';
import { actorName, isServerAdmin, mayEditMeetingIn, maySeeCorrectionEmail, maySeeMeetingOf } from '../../../domain/permissions.js';
import { ValidationError } from '../../../domain/problem.js';
import type { SearchService } from '../../../search/service.js';
import { CorrectionClosedError } from '../../../store/correction-repository.js';
import { StaleEditError } from '../../../store/meeting-repository.js';
import type { Store } from '../../../store/store.js';
import { CorrectionsPage, type QueueItem } from '../../../web/admin/pages/corrections.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, signedIn } from '../../admin/admin-session.js';

type Notice = { text: string; problem: boolean } | null;
type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** The request id from the path; NaN for anything but digits. */
function requestId(request: IdRequest): number {
  return /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : Number.NaN;
}

/** A request about a deleted meeting has no body left to reach it by: only the server admin sees it. */
function seesRequestOf(actor: Actor, meeting: { serviceBodyId: number | null } | null): boolean {
  return meeting === null ? isServerAdmin(actor) : maySeeMeetingOf(actor, meeting.serviceBodyId);
}

/** /admin/corrections, and applying or dismissing one request. */
export function correctionAdminRoutes(store: Store, search: SearchService): FastifyPluginCallback {
  /** The open requests whose meeting the actor may see, with what the page shows of each. */
  async function queue(actor: Actor): Promise<QueueItem[]> {
    const items: QueueItem[] = [];
    for (const request of await store.corrections.open()) {
      const meeting = (await store.meetings.get(request.meetingId)) ?? null;
      const bodyId = meeting?.serviceBodyId ?? null;
      if (!seesRequestOf(actor, meeting)) continue;
      items.push({
        request,
        meeting,
        diff: meeting === null ? [] : correctionDiff(meeting, request.proposed),
        changedSince: meeting !== null && changedSince(meeting, request),
        mayAct: mayEditMeetingIn(actor, bodyId),
        showEmail: maySeeCorrectionEmail(actor, bodyId),
      });
    }
    return items;
  }

  async function queuePage(request: FastifyRequest, reply: FastifyReply, notice: Notice, status = 200): Promise<FastifyReply> {
    const actor = actorOfRequest(request);
    const items = await queue(actor);
    return reply.adminPage(
      (admin) => <CorrectionsPage admin={{ ...admin, actor }} items={items} now={search.now()} notice={notice} />,
      status,
    );
  }

  /** The request and its meeting, if the actor may act on it; otherwise the answer has been sent. */
  async function actable(request: IdRequest, reply: FastifyReply): Promise<CorrectionRequest | null> {
    const actor = actorOfRequest(request);
    const id = requestId(request);
    const found = Number.isNaN(id) ? undefined : await store.corrections.get(id);
    const meeting = found ? await store.meetings.get(found.meetingId) : undefined;
    const bodyId = meeting?.serviceBodyId ?? null;
    if (!found) {
      await queuePage(request, reply, { text: messages().admin.corrections.notFound, problem: true }, 404);
      return null;
    }
    // Not the actor's to act on, whether or not they may see it: refused alike (the matrix's 403).
    if (!seesRequestOf(actor, meeting ?? null) || !mayEditMeetingIn(actor, bodyId)) {
      await reply.forbidden();
      return null;
    }
    return found;
  }

  return (app, _options, done) => {
    app.get(
      '/admin/corrections',
      { schema: { hide: true }, preHandler: signedIn },
      async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
        const text = messages().admin.corrections;
        const { done: outcome, meeting: meetingId } = request.query;
        const meeting =
          typeof meetingId === 'string' && /^\d{1,15}$/.test(meetingId) ? await store.meetings.get(Number(meetingId)) : undefined;
        const name = meeting?.name ?? '';
        let notice: Notice = null;
        if (outcome === 'applied') notice = { text: text.applied(name), problem: false };
        else if (outcome === 'closed') notice = { text: text.closed(name), problem: false };
        else if (outcome === 'dismissed') notice = { text: text.dismissed, problem: false };
        return queuePage(request, reply, notice);
      },
    );

    app.post('/admin/corrections/:id/apply', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const text = messages().admin.corrections;
      const found = await actable(request, reply);
      if (found === null) return reply;
      try {
        const applied = await store.corrections.apply(found.id, actorName(actorOfRequest(request)));
        if (!applied) return await queuePage(request, reply, { text: text.notFound, problem: true }, 404);
        const outcome = found.kind === 'did-not-happen' ? 'closed' : 'applied';
        return await reply.redirect(`/admin/corrections?done=${outcome}&meeting=${applied.meeting.id}`, 303);
      } catch (error) {
        if (error instanceof CorrectionClosedError) {
          return queuePage(request, reply, { text: text.alreadyClosed(text.statuses[error.request.status]), problem: true }, 409);
        }
        if (error instanceof StaleEditError) return queuePage(request, reply, { text: text.stale, problem: true }, 409);
        if (error instanceof ValidationError) {
          const problems = error.problems.map((p) => `${p.field} ${p.message}`).join('; ');
          return queuePage(request, reply, { text: text.invalid(problems), problem: true }, 400);
        }
        throw error;
      }
    });

    app.post('/admin/corrections/:id/dismiss', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const text = messages().admin.corrections;
      const found = await actable(request, reply);
      if (found === null) return reply;
      if (!(await store.corrections.resolve(found.id, 'dismissed', actorName(actorOfRequest(request))))) {
        const now = await store.corrections.get(found.id);
        return queuePage(request, reply, { text: text.alreadyClosed(text.statuses[now?.status ?? 'dismissed']), problem: true }, 409);
      }
      return reply.redirect('/admin/corrections?done=dismissed', 303);
    });

    done();
  };
}
