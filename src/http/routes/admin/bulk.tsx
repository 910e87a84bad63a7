import type { FastifyPluginCallback } from 'fastify';
import { parseBulkOperation, planBulkEdit, type BulkForm } from '../../../domain/bulk-edit.js';
import type { Meeting } from '../../../domain/meeting.js';
import { actorName, editsMeetings, type Actor } from '../../../domain/permissions.js';
import { QueryError, type RawParams } from '../../../domain/query-params.js';
import { StaleEditError } from '../../../store/meeting-repository.js';
import type { Store } from '../../../store/store.js';
import type { SearchService } from '../../../search/service.js';
import { BulkPage, type BulkFormValues, type BulkMeetingRow, type BulkPageProps, type BulkPreview } from '../../../web/admin/pages/bulk.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed } from '../../admin/admin-session.js';
import { formList, formText } from '../../admin/form-body.js';

/** Results listed with a checkbox each; "select all" reaches the rest. */
const LISTED = 100;

const EMPTY_VALUES: BulkFormValues = {
  field: '',
  formats: '',
  serviceBodyId: '',
  published: '',
  attendance: '',
  timeZone: '',
  note: '',
  ids: [],
  all: false,
};

function searchParams(search: string): RawParams {
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (value === '') continue;
    (params[key] ??= []).push(value);
  }
  return params;
}

function valuesOf(body: unknown): BulkFormValues {
  return {
    field: formText(body, 'field'),
    formats: formText(body, 'formats'),
    serviceBodyId: formText(body, 'serviceBodyId'),
    published: formText(body, 'published'),
    attendance: formText(body, 'attendance'),
    timeZone: formText(body, 'timeZone'),
    note: formText(body, 'note').trim().slice(0, 500),
    ids: formList(body, 'id'),
    all: formText(body, 'all') === '1',
  };
}

/** /admin/bulk: one field set or cleared on many meetings of a search, in one write that reverts as one (issue 12 §5). */
export function bulkRoutes(store: Store, search: SearchService): FastifyPluginCallback {
  const text = messages().admin.bulk;
  const weekdays = messages().admin.history.weekdays;

  /** Every meeting the search finds, drafts first as in the meetings list (all of them, not a page), or the search's error. */
  function found(searchText: string): { meetings: Meeting['id'][]; rows: BulkMeetingRow[]; error: string | null } {
    try {
      const query = search.parse(searchParams(searchText));
      const result = search.adminSearch({ ...query, offset: 0, limit: Infinity, includeClosed: true });
      const names = new Map(search.serviceBodies().map((b) => [b.id, b.name]));
      const rows = result.hits.slice(0, LISTED).map(({ meeting }) => ({
        id: meeting.id,
        name: meeting.name,
        when: `${weekdays[meeting.schedule.weekday] ?? ''} ${meeting.schedule.startTime}`,
        where: [meeting.venue.city, meeting.venue.state].filter(Boolean).join(', '),
        body: meeting.serviceBodyId === null ? '' : (names.get(meeting.serviceBodyId) ?? ''),
      }));
      return { meetings: result.hits.map((h) => h.meeting.id), rows, error: null };
    } catch (error) {
      if (error instanceof QueryError) return { meetings: [], rows: [], error: error.message };
      throw error;
    }
  }

  async function pageProps(
    actor: Actor,
    searchText: string,
  ): Promise<Omit<BulkPageProps, 'admin' | 'values' | 'errors' | 'preview' | 'refusal'>> {
    const params = new URLSearchParams(searchText);
    const result = found(searchText);
    const bodies = (await store.serviceBodies.list()).filter((b) => actor.account.role === 'admin' || actor.reach.has(b.id));
    const formats = search.formats();
    return {
      search: searchText,
      searchText: { q: params.get('q') ?? '', day: params.get('day') ?? '', formats: params.get('formats') ?? '' },
      searchError: result.error,
      total: result.meetings.length,
      rows: result.rows,
      bodies,
      formatCodes: formats.map((f) => f.code),
    };
  }

  // Every chosen meeting, whoever's it is: the plan says which the actor may not change, and why.
  async function meetingsOf(ids: readonly number[]): Promise<Meeting[]> {
    const meetings: Meeting[] = [];
    for (const id of new Set(ids)) {
      const meeting = await store.meetings.get(id);
      if (meeting) meetings.push(meeting);
    }
    return meetings;
  }

  return (app, _options, done) => {
    app.get('/admin/bulk', { schema: { hide: true }, preHandler: allowed(editsMeetings) }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const searchText = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const props = await pageProps(actor, searchText);
      return reply.adminPage(
        (admin) => <BulkPage admin={admin} {...props} values={EMPTY_VALUES} errors={{}} preview={null} refusal={null} />,
        props.searchError ? 400 : 200,
      );
    });

    app.post('/admin/bulk', { schema: { hide: true }, preHandler: allowed(editsMeetings) }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const body = request.body;
      const searchText = formText(body, 'search');
      const values = valuesOf(body);
      const props = await pageProps(actor, searchText);
      const render = (errors: FieldErrors, preview: BulkPreview | null, refusal: string | null, status: number) =>
        reply.adminPage(
          (admin) => <BulkPage admin={admin} {...props} values={values} errors={errors} preview={preview} refusal={refusal} />,
          status,
        );

      const rules = await store.meetings.rules();
      const bodyIds = new Set((await store.serviceBodies.list()).map((b) => b.id));
      const form: BulkForm = { ...values, formats: values.formats.split(/[\s,]+/) };
      const parsed = parseBulkOperation(form, rules, bodyIds);
      const confirm = formText(body, 'confirm') === '1';
      const stamps = new Map(
        formList(body, 'edit').flatMap((pair) => {
          const at = pair.indexOf('@');
          const id = Number(pair.slice(0, at));
          return at > 0 && Number.isInteger(id) ? [[id, pair.slice(at + 1)] as const] : [];
        }),
      );
      const chosen = confirm
        ? [...stamps.keys()]
        : values.all
          ? found(searchText).meetings
          : values.ids.map(Number).filter(Number.isInteger);
      const errors: FieldErrors = {};
      if (!parsed.ok) for (const problem of parsed.problems) errors[problem.field] = problem.message;
      if (chosen.length === 0) errors.ids = text.noneChosen;
      if (!parsed.ok || chosen.length === 0) return render(errors, null, null, 400);

      const plan = planBulkEdit(await meetingsOf(chosen), parsed.operation, actor, rules);
      if (!confirm) {
        return render({}, { edits: plan.edits.map((e) => `${e.id}@${e.ifUpdatedAt}`), skipped: plan.skipped }, null, 200);
      }
      // What the preview showed is what is written: a meeting saved since refuses the whole write.
      const edits = plan.edits.map((e) => ({ ...e, ifUpdatedAt: stamps.get(e.id) ?? e.ifUpdatedAt }));
      const skipped = Number(formText(body, 'skipped')) + (chosen.length - edits.length);
      if (edits.length === 0) {
        // Nothing chosen is the actor's to change: a refusal, not a conflict.
        if (plan.skipped.every((skip) => skip.reason === 'not-yours' || skip.reason === 'target-not-yours')) return reply.forbidden();
        return render({}, { edits: [], skipped: plan.skipped }, null, 409);
      }
      try {
        const note = values.note !== '' ? values.note : text.defaultNote(text.fields[parsed.operation.field] ?? parsed.operation.field);
        const { updated } = await store.meetings.updateMany(edits, actorName(actor), { note });
        const latest = updated.length > 0 ? (await store.changes.forEntity('meeting', updated[0]!.id)).at(-1) : undefined;
        const batch = latest?.batch ?? '';
        return await reply.redirect(
          `/admin/history?batch=${encodeURIComponent(batch)}&done=${updated.length}&skipped=${Number.isInteger(skipped) ? skipped : 0}`,
          303,
        );
      } catch (error) {
        if (error instanceof StaleEditError) return render({}, null, text.stale(error.current.name), 409);
        throw error;
      }
    });
    done();
  };
}
