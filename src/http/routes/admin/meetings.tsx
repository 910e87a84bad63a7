import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import type { Meeting, MeetingInput } from '../../../domain/meeting.js';
import { recordDiff } from '../../../domain/meeting-diff.js';
import { validateMeetingInput } from '../../../domain/meeting-validation.js';
import {
  actorName,
  editsMeetings,
  mayEditMeetingIn,
  maySeeMeetingOf,
  meetingQueryInReach,
  type Actor,
} from '../../../domain/permissions.js';
import { ValidationError, type Problem } from '../../../domain/problem.js';
import { cursorFor, QueryError } from '../../../domain/query-params.js';
import type { RawParams } from '../../../domain/raw-params.js';
import type { Geocoder } from '../../../geo/geocoder.js';
import { timeZoneAt } from '../../../geo/time-zone.js';
import type { AdminSearchResult, SearchService } from '../../../search/service.js';
import { StaleEditError } from '../../../store/meeting-repository.js';
import type { Store } from '../../../store/store.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import type { MeetingFormValues } from '../../../web/admin/meeting-form-values.js';
import { MeetingDeletePage } from '../../../web/admin/pages/meeting-delete.js';
import { MeetingFormPage, type Choice, type StaleEdit } from '../../../web/admin/pages/meeting-form.js';
import { MeetingListPage } from '../../../web/admin/pages/meetings-list.js';
import { zoneChoices } from '../../../web/admin/zone-choices.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed, signedIn } from '../../admin/admin-session.js';
import { formText } from '../../admin/form-body.js';
import {
  formErrorsOf,
  formValuesOfBody,
  formValuesOfMeeting,
  keptFieldsOf,
  NOTHING_KEPT,
  rawMeetingOf,
  type KeptFields,
} from '../../admin/meeting-form.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

const ID = /^\d{1,15}$/;

/** What the edit page says after a redirect (`?done=`), by the word the redirect carries. */
function doneNotice(done: unknown): string | null {
  const text = messages().admin.meetings;
  const notices: Record<string, string> = {
    created: text.created,
    saved: text.saved,
    copied: text.copied,
    checked: text.checked,
    published: text.publishedNotice,
    unpublished: text.unpublishedNotice,
    deleted: text.deleted,
  };
  return typeof done === 'string' ? (notices[done] ?? null) : null;
}

interface FormState {
  meeting: Meeting | null;
  values: MeetingFormValues;
  errors?: FieldErrors;
  notice?: string | null;
  stale?: StaleEdit | null;
  updatedAt?: string | null;
}

/** A new meeting's form: what most meetings are, and the body when the actor edits only one. */
function newMeetingValues(bodyIds: readonly number[]): MeetingFormValues {
  return {
    fields: {
      program: 'NA',
      serviceBodyId: bodyIds.length === 1 ? String(bodyIds[0]) : '',
      'schedule.weekday': '0',
      'schedule.durationMinutes': '60',
      'schedule.timeZone': '',
      attendance: 'in_person',
      'venue.country': 'US',
      languages: 'en',
      published: 'on',
    },
    formats: [],
    categories: ['addiction'],
  };
}

function problemsOf(error: unknown): readonly Problem[] | null {
  return error instanceof ValidationError ? error.problems : null;
}

/** The admin's meetings: the list, the form (new, edit, read-only), save as copy, publish, checked and delete. */
export function meetingAdminRoutes({
  store,
  search,
  geocoder,
}: {
  store: Store;
  search: SearchService;
  geocoder: Geocoder;
}): FastifyPluginCallback {
  /** The bodies the form offers: those the actor may put a meeting in, and the one it is in now. */
  async function bodyChoices(actor: Actor, current: number | null): Promise<Choice[]> {
    const text = messages().admin.meetings;
    const bodies = await store.serviceBodies.list();
    const offered = bodies.filter((b) => b.id === current || mayEditMeetingIn(actor, b.id));
    const none = current === null || mayEditMeetingIn(actor, null) ? [{ value: '', label: text.noBody }] : [];
    return [...none, ...offered.map((b) => ({ value: String(b.id), label: b.name }))];
  }

  async function formPage(reply: FastifyReply, actor: Actor, state: FormState, status = 200): Promise<FastifyReply> {
    const { meeting } = state;
    const editable = meeting === null ? editsMeetings(actor) : mayEditMeetingIn(actor, meeting.serviceBodyId);
    const bodies = await bodyChoices(actor, meeting?.serviceBodyId ?? null);
    const programs = search.programs().map((p) => ({ value: p.code, label: p.name }));
    const formats = search.formats().map((f) => ({ value: f.code, label: `${f.text.en.name} (${f.code})` }));
    return reply.adminPage(
      (admin) => (
        <MeetingFormPage
          admin={{ ...admin, actor }}
          meeting={meeting}
          values={state.values}
          errors={state.errors ?? {}}
          editable={editable}
          bodies={bodies}
          programs={programs}
          formats={formats}
          timeZones={zoneChoices()}
          notice={state.notice ?? null}
          stale={state.stale ?? null}
          updatedAt={state.updatedAt !== undefined ? state.updatedAt : (meeting?.updatedAt ?? null)}
        />
      ),
      status,
    );
  }

  /** The meeting of an `:id` route, when it exists and the actor may see it; otherwise the answer has been sent. */
  async function visibleMeeting(request: IdRequest, reply: FastifyReply): Promise<Meeting | null> {
    const actor = actorOfRequest(request);
    const meeting = ID.test(request.params.id) ? await store.meetings.get(Number(request.params.id)) : undefined;
    if (!meeting) {
      await reply.status(404).send({ error: 'not_found', message: messages().admin.common.notFound('meeting') });
      return null;
    }
    if (!maySeeMeetingOf(actor, meeting.serviceBodyId)) {
      await reply.forbidden();
      return null;
    }
    return meeting;
  }

  /** The meeting of an `:id` route that the actor may change; otherwise the answer has been sent. */
  async function editableMeeting(request: IdRequest, reply: FastifyReply): Promise<Meeting | null> {
    const meeting = await visibleMeeting(request, reply);
    if (meeting === null) return null;
    if (!mayEditMeetingIn(actorOfRequest(request), meeting.serviceBodyId)) {
      await reply.forbidden();
      return null;
    }
    return meeting;
  }

  /** "Find on map": the address's coordinates into the form, marked approximate when only a ZIP or city was found. */
  async function geocoded(values: MeetingFormValues): Promise<{ values: MeetingFormValues; notice: string }> {
    const text = messages().admin.meetings;
    const f = (name: string): string | null => values.fields[name]?.trim() || null;
    const point = await geocoder.geocode({
      street: f('venue.street'),
      city: f('venue.city'),
      state: f('venue.state')?.toUpperCase() ?? null,
      postalCode: f('venue.postalCode'),
      country: f('venue.country')?.toUpperCase() ?? 'US',
    });
    if (point === null) return { values, notice: text.notFound };
    const fields: Record<string, string> = {
      ...values.fields,
      'venue.latitude': point.latitude.toFixed(6),
      'venue.longitude': point.longitude.toFixed(6),
      'venue.approximate': point.approximate ? 'on' : '',
    };
    let notice = text.found(point.label, point.approximate);
    if (!f('schedule.timeZone')) {
      fields['schedule.timeZone'] = timeZoneAt(point.latitude, point.longitude, f('venue.state')?.toUpperCase());
      notice = `${notice} ${text.zoneSet(fields['schedule.timeZone'])}`;
    }
    return { values: { ...values, fields }, notice };
  }

  /** A zone left on "set from the place" comes from the coordinates, when there are any. */
  function withZone(values: MeetingFormValues): MeetingFormValues {
    const f = values.fields;
    if ((f['schedule.timeZone'] ?? '').trim() !== '') return values;
    const latitude = Number(f['venue.latitude']);
    const longitude = Number(f['venue.longitude']);
    if ((f['venue.latitude'] ?? '').trim() === '' || (f['venue.longitude'] ?? '').trim() === '') return values;
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return values;
    const state = f['venue.state']?.trim().toUpperCase() || undefined;
    return { ...values, fields: { ...f, 'schedule.timeZone': timeZoneAt(latitude, longitude, state) } };
  }

  /** The form validated: the input, or the errors by field. */
  async function validated(values: MeetingFormValues, kept: KeptFields): Promise<{ input: MeetingInput } | { errors: FieldErrors }> {
    const result = validateMeetingInput(rawMeetingOf(values, kept), await store.meetings.rules());
    return result.ok ? { input: result.value } : { errors: formErrorsOf(result.problems, values) };
  }

  /** The other person's save, for a refused stale edit: who, when, and what they changed since the form was opened. */
  async function staleEdit(current: Meeting, since: string): Promise<StaleEdit> {
    const text = messages().admin.meetings;
    const later = (await store.changes.forEntity('meeting', current.id)).filter(
      (c) => ((c.after as Meeting | null)?.updatedAt ?? '') > since && c.action !== 'create',
    );
    const last = later[later.length - 1];
    const base = later[0]?.before ?? current;
    return {
      who: last?.actor ?? text.staleUnknown,
      when: (last?.at ?? current.updatedAt).slice(0, 16).replace('T', ' ') + ' UTC',
      changes: recordDiff(base, current),
    };
  }

  return (app, _options, done) => {
    app.get('/admin/meetings', { schema: { hide: true }, preHandler: signedIn }, async (request, reply) => {
      const actor = actorOfRequest(request);
      // `done` is the page's own (the notice after a redirect), not a search parameter.
      const { done: doneWord, ...params } = request.query as RawParams;
      const bodies = (await store.serviceBodies.list()).filter((b) => maySeeMeetingOf(actor, b.id));
      const bodyName = (id: number | null): string => bodies.find((b) => b.id === id)?.name ?? '';
      let problem: { parameter: string; message: string } | null = null;
      let result: AdminSearchResult = { hits: [], total: 0, unpublished: 0, nextOffset: null };
      try {
        const asked = search.parse(params['sort'] === undefined ? { ...params, sort: 'name' } : params);
        const query = meetingQueryInReach(actor, asked);
        if (query !== null) result = search.adminSearch(query);
      } catch (error) {
        if (!(error instanceof QueryError)) throw error;
        problem = { parameter: error.parameter, message: error.brief };
      }
      return reply.adminPage(
        (admin) => (
          <MeetingListPage
            admin={{ ...admin, actor }}
            params={params}
            meetings={result.hits.map((hit) => hit.meeting)}
            total={result.total}
            unpublished={result.unpublished}
            nextCursor={result.nextOffset === null ? null : cursorFor(result.nextOffset)}
            bodies={bodies}
            bodyName={bodyName}
            problem={problem}
            mayCreate={editsMeetings(actor)}
            notice={doneNotice(doneWord)}
          />
        ),
        problem === null ? 200 : 400,
      );
    });

    app.get('/admin/meetings/new', { schema: { hide: true }, preHandler: allowed(editsMeetings) }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const ids = (await store.serviceBodies.list()).filter((b) => mayEditMeetingIn(actor, b.id)).map((b) => b.id);
      return formPage(reply, actor, { meeting: null, values: newMeetingValues(ids) });
    });

    app.post('/admin/meetings', { schema: { hide: true }, preHandler: allowed(editsMeetings) }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const typed = formValuesOfBody(request.body);
      if (formText(request.body, 'action') === 'geocode') return formPage(reply, actor, { meeting: null, ...(await geocoded(typed)) });
      const values = withZone(typed);
      const checked = await validated(values, NOTHING_KEPT);
      if ('errors' in checked) return formPage(reply, actor, { meeting: null, values, errors: checked.errors }, 400);
      if (!mayEditMeetingIn(actor, checked.input.serviceBodyId)) return reply.forbidden();
      try {
        const meeting = await store.meetings.create(checked.input, actorName(actor));
        return await reply.redirect(`/admin/meetings/${meeting.id}?done=created`, 303);
      } catch (error) {
        const problems = problemsOf(error);
        if (problems === null) throw error;
        return formPage(reply, actor, { meeting: null, values, errors: formErrorsOf(problems, values) }, 400);
      }
    });

    app.get('/admin/meetings/:id', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const meeting = await visibleMeeting(request, reply);
      if (meeting === null) return reply;
      const notice = doneNotice((request.query as Record<string, unknown>)['done']);
      return formPage(reply, actorOfRequest(request), { meeting, values: formValuesOfMeeting(meeting), notice });
    });

    app.post('/admin/meetings/:id', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const actor = actorOfRequest(request);
      const meeting = await editableMeeting(request, reply);
      if (meeting === null) return reply;
      const typed = formValuesOfBody(request.body);
      const updatedAt = formText(request.body, '_updatedAt') || meeting.updatedAt;
      if (formText(request.body, 'action') === 'geocode') {
        return formPage(reply, actor, { meeting, ...(await geocoded(typed)), updatedAt });
      }
      const values = withZone(typed);
      const checked = await validated(values, keptFieldsOf(meeting));
      if ('errors' in checked) return formPage(reply, actor, { meeting, values, errors: checked.errors, updatedAt }, 400);
      if (!mayEditMeetingIn(actor, checked.input.serviceBodyId)) return reply.forbidden();
      try {
        await store.meetings.update(meeting.id, checked.input, actorName(actor), { ifUpdatedAt: updatedAt, checked: true });
        return await reply.redirect(`/admin/meetings/${meeting.id}?done=saved`, 303);
      } catch (error) {
        if (error instanceof StaleEditError) {
          const stale = await staleEdit(error.current, updatedAt);
          // The form now starts from what is stored: saving again, having seen their change, is a choice.
          return formPage(reply, actor, { meeting: error.current, values, stale, updatedAt: error.current.updatedAt }, 409);
        }
        const problems = problemsOf(error);
        if (problems === null) throw error;
        return formPage(reply, actor, { meeting, values, errors: formErrorsOf(problems, values), updatedAt }, 400);
      }
    });

    app.post('/admin/meetings/:id/copy', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const actor = actorOfRequest(request);
      const meeting = await editableMeeting(request, reply);
      if (meeting === null) return reply;
      const text = messages().admin.meetings;
      const typed = formValuesOfBody(request.body);
      const name = typed.fields['name'] ?? '';
      // A copy is entered by hand: no source, a new page address, and unpublished until someone looks at it.
      const values = withZone({
        ...typed,
        fields: { ...typed.fields, name: name.endsWith(text.copySuffix) ? name : `${name}${text.copySuffix}`, slug: '', published: '' },
      });
      const checked = await validated(values, { ...NOTHING_KEPT, regions: meeting.venue.regions, formatOrder: meeting.formats });
      if ('errors' in checked) return formPage(reply, actor, { meeting, values: typed, errors: checked.errors }, 400);
      if (!mayEditMeetingIn(actor, checked.input.serviceBodyId)) return reply.forbidden();
      const copy = await store.meetings.create(checked.input, actorName(actor));
      return reply.redirect(`/admin/meetings/${copy.id}?done=copied`, 303);
    });

    for (const [path, published] of [
      ['publish', true],
      ['unpublish', false],
    ] as const) {
      app.post(`/admin/meetings/:id/${path}`, { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
        const meeting = await editableMeeting(request, reply);
        if (meeting === null) return reply;
        if (meeting.published !== published) {
          // From the meeting as read just now: only the flag changes, so no one's edit is lost.
          await store.meetings.update(meeting.id, { ...meeting, published }, actorName(actorOfRequest(request)), {
            ifUpdatedAt: meeting.updatedAt,
          });
        }
        return reply.redirect(`/admin/meetings/${meeting.id}?done=${path}ed`, 303);
      });
    }

    app.post('/admin/meetings/:id/checked', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const meeting = await editableMeeting(request, reply);
      if (meeting === null) return reply;
      await store.meetings.markChecked([meeting.id], actorName(actorOfRequest(request)));
      return reply.redirect(`/admin/meetings/${meeting.id}?done=checked`, 303);
    });

    app.post('/admin/meetings/:id/delete', { schema: { hide: true }, preHandler: signedIn }, async (request: IdRequest, reply) => {
      const meeting = await editableMeeting(request, reply);
      if (meeting === null) return reply;
      if (formText(request.body, 'confirm') !== 'yes') {
        return reply.adminPage((admin) => <MeetingDeletePage admin={admin} meeting={meeting} />);
      }
      await store.meetings.remove(meeting.id, actorName(actorOfRequest(request)));
      return reply.redirect('/admin/meetings?done=deleted', 303);
    });
    done();
  };
}
