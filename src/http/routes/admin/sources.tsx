import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { planKey } from '../../../domain/import-plan.js';
import { actorName, mayManageServer, type Actor } from '../../../domain/permissions.js';
import { EmptyFeedError } from '../../../interop/import/import-feed.js';
import type { LoadedFeed } from '../../../interop/import/load-feed.js';
import { applyPreviewedFeed, previewParsedFeed, PreviewOutdatedError, type FeedPreview } from '../../../interop/import/preview-feed.js';
import { loadForImport } from '../../../interop/import/run-import.js';
import { SOURCE_NAME } from '../../../interop/import/source-name.js';
import { checkSourceForm, type SourceForm, type SourceProblems } from '../../../interop/import/source-settings.js';
import { oneLine, type Source } from '../../../store/source-repository.js';
import type { Store } from '../../../store/store.js';
import type { FieldErrors } from '../../../web/admin/components/field.js';
import { ImportPreviewPage, ImportProblemPage } from '../../../web/admin/pages/import-preview.js';
import { AdminMessagePage } from '../../../web/admin/pages/message.js';
import { formOf, SourceFormPage } from '../../../web/admin/pages/source-form.js';
import { lastCounts, SourcesPage } from '../../../web/admin/pages/sources.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed } from '../../admin/admin-session.js';
import { formText } from '../../admin/form-body.js';

type NameRequest = FastifyRequest<{ Params: { name: string }; Querystring: Record<string, unknown> }>;
type PreviewRequest = FastifyRequest<{ Params: { name: string; id: string } }>;

const page = { schema: { hide: true }, preHandler: allowed(mayManageServer) };

function sourceForm(body: unknown, name: string): SourceForm {
  return {
    name,
    url: formText(body, 'url'),
    kind: formText(body, 'kind'),
    every: formText(body, 'every'),
    allowPrivate: formText(body, 'allowPrivate') === '1',
    program: formText(body, 'program'),
    timeZone: formText(body, 'timeZone'),
  };
}

function fieldErrors(problems: SourceProblems): FieldErrors {
  const words = messages().admin.sources.problems;
  const errors: FieldErrors = {};
  for (const [field, code] of Object.entries(problems) as [string, string][]) errors[field] = words[field]?.[code] ?? code;
  return errors;
}

function notFound(reply: FastifyReply, text: string): FastifyReply {
  const title = messages().admin.sources.notFoundTitle;
  return reply.adminPage((admin) => <AdminMessagePage admin={admin} title={title} text={text} />, 404);
}

/** The source a path names, or a 404 page (a name that cannot be a source's is not looked up). */
async function namedSource(store: Store, name: string, reply: FastifyReply): Promise<Source | null> {
  const source = SOURCE_NAME.test(name) ? await store.sources.get(name) : undefined;
  if (source) return source;
  await notFound(reply, messages().admin.sources.notFound);
  return null;
}

function problemPage(
  reply: FastifyReply,
  source: string,
  title: string,
  text: string,
  previewAgain: boolean,
  status: number,
): FastifyReply {
  return reply.adminPage(
    (admin) => <ImportProblemPage admin={admin} source={source} title={title} text={text} previewAgain={previewAgain} />,
    status,
  );
}

/** What the source page says after a redirect to it. */
function noticeOf(done: unknown, source: Source): string | null {
  const text = messages().admin.sources;
  if (done === 'added') return text.added(source.name);
  if (done === 'saved') return text.saved(source.name);
  if (done === 'cancelled') return text.cancelled;
  if (done === 'applied' && lastCounts(source.lastReport) !== null) {
    const r = source.lastReport as { added: number; changed: number; removed: number };
    return text.applied(r.added, r.changed, r.removed);
  }
  return null;
}

/** The feed of a source, fetched now with the scheduler's safe fetch and parsed, then previewed; or why not. */
async function previewSource(
  store: Store,
  source: Source,
  actor: Actor,
): Promise<{ ok: true; loaded: LoadedFeed; preview: FeedPreview } | { ok: false; reason: string; status: number }> {
  let loaded: LoadedFeed;
  try {
    loaded = await loadForImport({
      kind: source.kind,
      location: source.url,
      source: source.name,
      allowPrivate: source.allowPrivate,
      defaults: { program: source.program, timeZone: source.timeZone },
    });
  } catch (error) {
    // A feed that does not answer or cannot be read: the admin is told why, as `sources run` would say it.
    return { ok: false, reason: oneLine(error instanceof Error ? error.message : String(error)), status: 502 };
  }
  try {
    const preview = await previewParsedFeed(store, loaded.feed, {
      source: source.name,
      actor: actorName(actor),
      warnings: loaded.warnings,
    });
    return { ok: true, loaded, preview };
  } catch (error) {
    if (error instanceof EmptyFeedError) return { ok: false, reason: error.message, status: 422 };
    throw error;
  }
}

/** /admin/sources: the import sources, their settings and runs, and the preview and apply of an import. Server admins only. */
export function sourcesRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    const programCodes = async (): Promise<string[]> => (await store.reference.programs()).map((p) => p.code);

    app.get('/admin/sources', page, async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
      const text = messages().admin.sources;
      const name = request.query['name'];
      const removed = request.query['done'] === 'removed' && typeof name === 'string' && SOURCE_NAME.test(name);
      const sources = await store.sources.list();
      return reply.adminPage((admin) => <SourcesPage admin={admin} sources={sources} notice={removed ? text.removed(name) : null} />);
    });

    app.get('/admin/sources/new', page, async (_request, reply) => {
      const programs = await programCodes();
      const form: SourceForm = { name: '', url: '', kind: '', every: '', allowPrivate: false, program: '', timeZone: '' };
      return reply.adminPage((admin) => (
        <SourceFormPage admin={admin} source={null} form={form} errors={{}} programs={programs} problem={null} notice={null} />
      ));
    });

    app.post('/admin/sources', page, async (request, reply) => {
      const form = sourceForm(request.body, formText(request.body, 'name'));
      const programs = await store.reference.programs();
      const checked = checkSourceForm(form, programs);
      let errors = checked.ok ? {} : fieldErrors(checked.problems);
      if (checked.ok && !(await store.sources.add(checked.source))) errors = fieldErrors({ name: 'taken' });
      if (!checked.ok || Object.keys(errors).length > 0) {
        const codes = programs.map((p) => p.code);
        return reply.adminPage(
          (admin) => (
            <SourceFormPage admin={admin} source={null} form={form} errors={errors} programs={codes} problem={null} notice={null} />
          ),
          400,
        );
      }
      return reply.redirect(`/admin/sources/${checked.source.name}?done=added`, 303);
    });

    app.get('/admin/sources/:name', page, async (request: NameRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      const programs = await programCodes();
      const notice = noticeOf(request.query['done'], source);
      return reply.adminPage((admin) => (
        <SourceFormPage
          admin={admin}
          source={source}
          form={formOf(source)}
          errors={{}}
          programs={programs}
          problem={null}
          notice={notice}
        />
      ));
    });

    app.post('/admin/sources/:name', page, async (request: NameRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      const form = sourceForm(request.body, source.name);
      const programs = await store.reference.programs();
      const codes = programs.map((p) => p.code);
      const checked = checkSourceForm(form, programs);
      if (!checked.ok) {
        const errors = fieldErrors(checked.problems);
        return reply.adminPage(
          (admin) => (
            <SourceFormPage admin={admin} source={source} form={form} errors={errors} programs={codes} problem={null} notice={null} />
          ),
          400,
        );
      }
      const { name: _name, ...settings } = checked.source;
      const outcome = await store.sources.update(source.name, settings, formText(request.body, 'updatedAt'));
      if (outcome === 'missing') return notFound(reply, messages().admin.sources.notFound);
      if (outcome === 'stale') {
        // Someone saved first: show the source as it is now, never overwrite it.
        const now = (await store.sources.get(source.name)) ?? source;
        const problem = messages().admin.sources.stale;
        return reply.adminPage(
          (admin) => (
            <SourceFormPage admin={admin} source={now} form={formOf(now)} errors={{}} programs={codes} problem={problem} notice={null} />
          ),
          409,
        );
      }
      return reply.redirect(`/admin/sources/${source.name}?done=saved`, 303);
    });

    app.post('/admin/sources/:name/delete', page, async (request: NameRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      if (formText(request.body, 'deleteMeetings') === '1') {
        await store.sourceData.removeAll(source.name, actorName(actorOfRequest(request)));
      }
      await store.sources.remove(source.name);
      return reply.redirect(`/admin/sources?done=removed&name=${source.name}`, 303);
    });

    app.post('/admin/sources/:name/preview', page, async (request: NameRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      const actor = actorOfRequest(request);
      const text = messages().admin.sources;
      const result = await previewSource(store, source, actor);
      if (!result.ok) return problemPage(reply, source.name, text.failedTitle, text.failed(result.reason), false, result.status);
      const id = await store.importPreviews.add({
        source: source.name,
        accountId: actor.account.id,
        feed: result.loaded,
        preview: result.preview,
        planKey: planKey(result.preview.plan),
      });
      return reply.redirect(`/admin/sources/${source.name}/preview/${id}`, 303);
    });

    app.get('/admin/sources/:name/preview/:id', page, async (request: PreviewRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      const stored = await store.importPreviews.get(source.name, request.params.id);
      const text = messages().admin.sources;
      if (!stored) return problemPage(reply, source.name, text.previewHeading, text.previewGone, true, 404);
      const { report, plan } = stored.preview as FeedPreview;
      return reply.adminPage((admin) => (
        <ImportPreviewPage admin={admin} source={source.name} id={stored.id} createdAt={stored.createdAt} report={report} plan={plan} />
      ));
    });

    app.post('/admin/sources/:name/preview/:id/apply', page, async (request: PreviewRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      const text = messages().admin.sources;
      const stored = await store.importPreviews.get(source.name, request.params.id);
      if (!stored) return problemPage(reply, source.name, text.previewHeading, text.previewGone, true, 404);
      const loaded = stored.feed as LoadedFeed;
      const startedAt = new Date();
      try {
        const report = await applyPreviewedFeed(store, loaded.feed, stored.planKey, {
          source: source.name,
          actor: actorName(actorOfRequest(request)),
          warnings: loaded.warnings,
        });
        await store.importPreviews.remove(stored.id);
        await store.sources.recordRun(source.name, startedAt, { ok: true, report });
      } catch (error) {
        if (error instanceof PreviewOutdatedError) return problemPage(reply, source.name, text.outdatedTitle, text.outdated, true, 409);
        if (error instanceof EmptyFeedError)
          return problemPage(reply, source.name, text.failedTitle, text.failed(error.message), true, 422);
        throw error;
      }
      return reply.redirect(`/admin/sources/${source.name}?done=applied`, 303);
    });

    app.post('/admin/sources/:name/preview/:id/cancel', page, async (request: PreviewRequest, reply) => {
      const source = await namedSource(store, request.params.name, reply);
      if (!source) return reply;
      const stored = await store.importPreviews.get(source.name, request.params.id);
      if (stored) await store.importPreviews.remove(stored.id);
      return reply.redirect(`/admin/sources/${source.name}?done=cancelled`, 303);
    });
    done();
  };
}
