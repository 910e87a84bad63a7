import type { FastifyPluginCallback } from 'fastify';
import { planBatchRevert } from '../../../domain/batch-revert.js';
import { changeBodyIds } from '../../../domain/change-scope.js';
import type { Meeting } from '../../../domain/meeting.js';
import { inputOfMeeting } from '../../../domain/meeting-input.js';
import { actorName, editsMeetings, mayEditMeetingIn, maySeeChangeOf, seesHistory, type Actor } from '../../../domain/permissions.js';
import { ValidationError } from '../../../domain/problem.js';
import type { HistoryFilter } from '../../../store/change-history.js';
import type { EntityType } from '../../../store/change-log.js';
import { RestoreError, StaleEditError } from '../../../store/meeting-repository.js';
import type { Store } from '../../../store/store.js';
import type { WriteView } from '../../../web/admin/components/history/change-view.js';
import { bodyNames } from '../../../web/admin/components/history/diff-table.js';
import { utcText } from '../../../web/admin/components/history/utc-time.js';
import { DeletedPage } from '../../../web/admin/pages/deleted.js';
import { HistoryPage, type HistoryFilters } from '../../../web/admin/pages/history.js';
import { MeetingHistoryPage, type MeetingVersion } from '../../../web/admin/pages/meeting-history.js';
import { AdminMessagePage } from '../../../web/admin/pages/message.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed } from '../../admin/admin-session.js';
import { changeView, visibleTo } from '../../admin/change-views.js';
import { formText } from '../../admin/form-body.js';

const PAGE = 25;
const ENTITY_TYPES: readonly EntityType[] = ['meeting', 'service_body', 'format', 'program'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Query = Record<string, string | undefined>;

function one(query: unknown, name: string): string {
  const value = (query as Query | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A YYYY-MM-DD that is a real day, as the instant it starts (UTC); null otherwise. */
function dayStart(text: string): string | null {
  if (!DATE.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date.toISOString();
}

function nextDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 86_400_000).toISOString();
}

function asMeeting(value: unknown): Meeting | null {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as Meeting) : null;
}

/** The history, one meeting's versions with revert, the deleted meetings with restore (issue 12 §4). */
export function historyRoutes(store: Store): FastifyPluginCallback {
  const text = messages().admin.history;

  async function meetingHistory(actor: Actor, id: number) {
    const changes = await store.changes.forEntity('meeting', id);
    const visible = changes.filter((c) => maySeeChangeOf(actor, 'meeting', changeBodyIds('meeting', c.before, c.after)));
    return { changes, visible, current: await store.meetings.get(id) };
  }

  return (app, _options, done) => {
    app.get('/admin/history', { schema: { hide: true }, preHandler: allowed(seesHistory) }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const q = request.query;
      const filters: HistoryFilters = {
        entityType: one(q, 'entityType'),
        actor: one(q, 'actor'),
        from: one(q, 'from'),
        to: one(q, 'to'),
        batch: one(q, 'batch'),
      };
      const errors: Record<string, string> = {};
      const filter: HistoryFilter = {};
      if ((ENTITY_TYPES as readonly string[]).includes(filters.entityType)) filter.entityType = filters.entityType as EntityType;
      if (filters.actor !== '') filter.actor = filters.actor.toLowerCase();
      if (filters.batch !== '') filter.batch = filters.batch;
      if (filters.from !== '') {
        const from = dayStart(filters.from);
        if (from === null) errors.from = text.badDate;
        else filter.from = from;
      }
      if (filters.to !== '') {
        const to = dayStart(filters.to);
        if (to === null) errors.to = text.badDate;
        else filter.to = nextDay(to);
      }
      const cursor = Number(one(q, 'before'));
      const before = Number.isInteger(cursor) && cursor > 0 ? cursor : undefined;
      const bodies = await store.serviceBodies.list();
      const page = await store.history.page(filter, visibleTo(actor), { limit: PAGE, ...(before === undefined ? {} : { before }) });
      const writes: WriteView[] = page.entries.map((entry) => {
        const changes = entry.changes.map(changeView);
        const batch = entry.changes[0]!.batch;
        const edits = entry.changes.every((c) => c.entityType === 'meeting' && c.action === 'update');
        return { key: entry.key, batch, total: entry.total, changes, revertable: edits && editsMeetings(actor) };
      });
      const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ''));
      if (page.next !== null) params.set('before', String(page.next));
      const done = Number(one(q, 'done'));
      const skipped = Number(one(q, 'skipped'));
      const reverted = Number(one(q, 'reverted'));
      const notice =
        Number.isInteger(done) && done > 0
          ? text.bulkDone(done, Number.isInteger(skipped) ? skipped : 0)
          : Number.isInteger(reverted) && reverted > 0
            ? text.batchReverted(reverted)
            : null;
      const status = Object.keys(errors).length > 0 ? 400 : 200;
      return reply.adminPage(
        (admin) => (
          <HistoryPage
            admin={admin}
            filters={filters}
            errors={errors}
            writes={writes}
            older={page.next === null ? null : `/admin/history?${params.toString()}`}
            paged={before !== undefined}
            bodies={bodyNames(bodies)}
            notice={notice}
            refused={[]}
          />
        ),
        status,
      );
    });

    app.post<{ Params: { batch: string } }>(
      '/admin/history/batch/:batch/revert',
      { schema: { hide: true }, preHandler: allowed(editsMeetings) },
      async (request, reply) => {
        const actor = actorOfRequest(request);
        const changes = await store.changes.inBatch(request.params.batch);
        const bodies = await store.serviceBodies.list();
        const refuse = (lines: string[], status: number) =>
          reply.adminPage(
            (admin) => (
              <HistoryPage
                admin={admin}
                filters={{ entityType: '', actor: '', from: '', to: '', batch: request.params.batch }}
                errors={{}}
                writes={[]}
                older={null}
                paged={false}
                bodies={bodyNames(bodies)}
                notice={null}
                refused={lines}
              />
            ),
            status,
          );
        if (changes.length === 0) return refuse([messages().admin.common.notFound('write')], 404);
        const current = new Map<number, Meeting>();
        for (const change of changes) {
          const meeting = change.entityType === 'meeting' ? await store.meetings.get(Number(change.entityId)) : undefined;
          if (meeting) current.set(meeting.id, meeting);
        }
        const plan = planBatchRevert(changes, current, actor);
        // None of it is the actor's to change: a refusal, not a conflict.
        if (plan.conflicts.length > 0 && plan.conflicts.every((c) => c.reason === 'not-yours')) return reply.forbidden();
        if (plan.conflicts.length > 0)
          return refuse(
            plan.conflicts.map((c) => `${c.name}: ${text.conflicts[c.reason]}`),
            409,
          );
        const first = changes[0]!;
        try {
          await store.meetings.updateMany(plan.edits, actorName(actor), { note: text.batchNote(utcText(first.at), first.actor) });
        } catch (error) {
          if (error instanceof StaleEditError) return refuse([`${error.current.name}: ${text.conflicts['changed-since']}`], 409);
          if (error instanceof ValidationError)
            return refuse(
              error.problems.map((p) => `${p.field}: ${p.message}`),
              409,
            );
          throw error;
        }
        return reply.redirect(`/admin/history?reverted=${plan.edits.length}`, 303);
      },
    );

    app.get<{ Params: { id: string } }>(
      '/admin/meetings/:id/history',
      { schema: { hide: true }, preHandler: allowed(seesHistory) },
      async (request, reply) => {
        const actor = actorOfRequest(request);
        const id = Number(request.params.id);
        const { changes, visible, current } = Number.isInteger(id)
          ? await meetingHistory(actor, id)
          : { changes: [], visible: [], current: undefined };
        if (changes.length === 0) {
          return reply.adminPage(
            (admin) => <AdminMessagePage admin={admin} title={text.title} text={messages().admin.common.notFound('meeting')} />,
            404,
          );
        }
        const latest = changes[changes.length - 1]!;
        const seeNow = current
          ? maySeeChangeOf(actor, 'meeting', changeBodyIds('meeting', current, null))
          : visible.length > 0 && visible[visible.length - 1] === latest;
        if (!seeNow) return reply.forbidden();
        const mayEdit = current !== undefined && mayEditMeetingIn(actor, current.serviceBodyId);
        const versions: MeetingVersion[] = [...visible].reverse().map((change, i) => ({
          change: changeView(change),
          revertable: mayEdit && i > 0 && change.action !== 'delete' && change.after !== null,
        }));
        const name = asMeeting(latest.after ?? latest.before)?.name ?? `#${id}`;
        const revertedSeq = Number(one(request.query, 'reverted'));
        const reverted = changes.find((c) => c.seq === revertedSeq);
        const notice = reverted ? text.meeting.reverted(utcText(reverted.at)) : null;
        const bodies = await store.serviceBodies.list();
        return reply.adminPage((admin) => (
          <MeetingHistoryPage
            admin={admin}
            meetingId={id}
            name={name}
            deleted={current === undefined}
            versions={versions}
            bodies={bodyNames(bodies)}
            notice={notice}
            error={null}
          />
        ));
      },
    );

    app.post<{ Params: { id: string } }>(
      '/admin/meetings/:id/revert',
      { schema: { hide: true }, preHandler: allowed(editsMeetings) },
      async (request, reply) => {
        const actor = actorOfRequest(request);
        const id = Number(request.params.id);
        const current = Number.isInteger(id) ? await store.meetings.get(id) : undefined;
        if (!current)
          return reply.adminPage(
            (admin) => <AdminMessagePage admin={admin} title={text.title} text={messages().admin.common.notFound('meeting')} />,
            404,
          );
        if (!mayEditMeetingIn(actor, current.serviceBodyId)) return reply.forbidden();
        const { visible } = await meetingHistory(actor, id);
        const seq = Number(formText(request.body, 'seq'));
        const change = visible.find((c) => c.seq === seq);
        const version = asMeeting(change?.after);
        const refuse = async (message: string, status: number) => {
          const bodies = await store.serviceBodies.list();
          const versions: MeetingVersion[] = [...visible]
            .reverse()
            .map((c, i) => ({ change: changeView(c), revertable: i > 0 && c.action !== 'delete' && c.after !== null }));
          return reply.adminPage(
            (admin) => (
              <MeetingHistoryPage
                admin={admin}
                meetingId={id}
                name={current.name}
                deleted={false}
                versions={versions}
                bodies={bodyNames(bodies)}
                notice={null}
                error={message}
              />
            ),
            status,
          );
        };
        if (!change || !version) return refuse(text.meeting.noVersion, 400);
        if (!mayEditMeetingIn(actor, version.serviceBodyId)) return refuse(text.meeting.notYours, 403);
        const rules = await store.meetings.rules();
        const gone = version.formats.filter((code) => !rules.formatCodes.has(code));
        if (gone.length > 0) return refuse(text.meeting.formatsGone(gone.join(', ')), 409);
        try {
          await store.meetings.update(id, inputOfMeeting(version), actorName(actor), {
            note: text.meeting.revertNote(utcText(change.at), change.actor),
          });
        } catch (error) {
          if (error instanceof ValidationError) {
            if (error.problems.some((p) => p.field === 'slug')) return refuse(text.meeting.slugTaken(version.slug), 409);
            return refuse(text.meeting.invalid(error.problems.map((p) => `${p.field}: ${p.message}`).join('; ')), 409);
          }
          throw error;
        }
        return reply.redirect(`/admin/meetings/${id}/history?reverted=${seq}`, 303);
      },
    );

    /** Every deleted meeting, and whether the actor sees it (the page lists only those). */
    async function deletedMeetings(actor: Actor) {
      const deleted = await store.history.deletedMeetings();
      return deleted.flatMap((change) => {
        const meeting = asMeeting(change.before);
        if (!meeting) return [];
        return [
          {
            id: meeting.id,
            name: meeting.name,
            at: change.at,
            actor: change.actor,
            restorable: mayEditMeetingIn(actor, meeting.serviceBodyId),
            before: meeting,
            seen: maySeeChangeOf(actor, 'meeting', changeBodyIds('meeting', meeting, null)),
          },
        ];
      });
    }

    async function deletedPage(actor: Actor) {
      return (await deletedMeetings(actor)).filter((m) => m.seen);
    }

    app.get('/admin/deleted', { schema: { hide: true }, preHandler: allowed(seesHistory) }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const meetings = await deletedPage(actor);
      const restored = await store.meetings.get(Number(one(request.query, 'restored')));
      const notice = restored
        ? one(request.query, 'slug') === 'new'
          ? text.deleted.restoredNewSlug(restored.name, restored.slug)
          : text.deleted.restored(restored.name)
        : null;
      return reply.adminPage((admin) => <DeletedPage admin={admin} meetings={meetings} notice={notice} error={null} />);
    });

    app.post<{ Params: { id: string } }>(
      '/admin/deleted/:id/restore',
      { schema: { hide: true }, preHandler: allowed(editsMeetings) },
      async (request, reply) => {
        const actor = actorOfRequest(request);
        const all = await deletedMeetings(actor);
        const meetings = all.filter((m) => m.seen);
        const found = all.find((m) => String(m.id) === request.params.id);
        const refuse = (message: string, status: number) =>
          reply.adminPage((admin) => <DeletedPage admin={admin} meetings={meetings} notice={null} error={message} />, status);
        if (!found) return refuse(text.deleted.notDeleted, 404);
        if (!found.restorable) return reply.forbidden();
        try {
          const back = await store.meetings.restore(found.before, actorName(actor), { note: text.deleted.restoreNote(utcText(found.at)) });
          return await reply.redirect(`/admin/deleted?restored=${back.id}${back.slug === found.before.slug ? '' : '&slug=new'}`, 303);
        } catch (error) {
          if (error instanceof RestoreError) return refuse(text.deleted.idTaken, 409);
          if (error instanceof ValidationError)
            return refuse(text.deleted.invalid(error.problems.map((p) => `${p.field}: ${p.message}`).join('; ')), 409);
          throw error;
        }
      },
    );
    done();
  };
}
