import { formatInterval } from '../../../interop/import/interval.js';
import type { SourceForm } from '../../../interop/import/source-settings.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { lastCounts, scheduleText, shownTime, type SourceView } from './sources.js';

export interface SourceFormPageProps {
  admin: AdminContext;
  /** Null for a new source. */
  source: SourceView | null;
  form: SourceForm;
  errors: FieldErrors;
  programs: readonly string[];
  /** A sentence about the whole form (a stale edit). */
  problem: string | null;
  notice: string | null;
}

/** What the form shows for a stored source. */
export function formOf(source: SourceView): SourceForm {
  return {
    name: source.name,
    url: source.url,
    kind: source.kind,
    every: source.everySeconds === null ? '' : formatInterval(source.everySeconds),
    allowPrivate: source.allowPrivate,
    program: source.program ?? '',
    timeZone: source.timeZone ?? '',
  };
}

function Status({ source }: { source: SourceView }) {
  const text = messages().admin.sources;
  const c = text.columns;
  return (
    <dl class="source-status">
      <dt>{c.schedule}</dt>
      <dd>{scheduleText(source.everySeconds)}</dd>
      <dt>{c.lastRun}</dt>
      <dd>{shownTime(source.lastRunAt) ?? text.never}</dd>
      <dt>{c.lastSuccess}</dt>
      <dd>{shownTime(source.lastSuccessAt) ?? text.never}</dd>
      <dt>{c.lastError}</dt>
      <dd>{source.lastError === null ? text.noError : `${shownTime(source.lastErrorAt) ?? ''}: ${source.lastError}`}</dd>
      <dt>{c.lastCounts}</dt>
      <dd>{lastCounts(source.lastReport) ?? '–'}</dd>
    </dl>
  );
}

/** Add a source, or see and change one: its settings, its last runs, a preview of its import, and removal. */
export function SourceFormPage({ admin, source, form, errors, programs, problem, notice }: SourceFormPageProps) {
  const text = messages().admin.sources;
  const f = text.fields;
  const common = messages().admin.common;
  const title = source === null ? text.newTitle : text.editTitle(source.name);
  const action = source === null ? '/admin/sources' : `/admin/sources/${source.name}`;
  const labels = { name: f.name, url: f.url, kind: f.kind, every: f.every, program: f.program, timeZone: f.timeZone };
  return (
    <AdminLayout admin={admin} title={title}>
      <p>
        <a href="/admin/sources">{text.title}</a>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h1>{title}</h1>
      {source !== null && <Status source={source} />}
      {problem && (
        <p class="form-errors" role="alert">
          {problem}
        </p>
      )}
      <ErrorSummary errors={errors} labels={labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form method="post" action={action} class="admin-form">
        <CsrfField admin={admin} />
        {source === null ? (
          <Field name="name" label={f.name} hint={f.nameHint} errors={errors}>
            <input type="text" required autocomplete="off" value={form.name} {...fieldAttributes('name', errors, f.nameHint)} />
          </Field>
        ) : (
          <input type="hidden" name="updatedAt" value={source.updatedAt} />
        )}
        <Field name="url" label={f.url} hint={f.urlHint} errors={errors}>
          <input type="url" required autocomplete="off" value={form.url} {...fieldAttributes('url', errors, f.urlHint)} />
        </Field>
        <Field name="kind" label={f.kind} errors={errors}>
          <select {...fieldAttributes('kind', errors)}>
            <option value="" selected={form.kind === ''}>
              {f.kindGuess}
            </option>
            {Object.entries(text.kinds).map(([value, label]) => (
              <option key={value} value={value} selected={form.kind === value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field name="every" label={f.every} hint={f.everyHint} errors={errors}>
          <input type="text" autocomplete="off" value={form.every} {...fieldAttributes('every', errors, f.everyHint)} />
        </Field>
        <div class="field">
          <input type="checkbox" id="allowPrivate" name="allowPrivate" value="1" checked={form.allowPrivate} />{' '}
          <label for="allowPrivate" class="inline-label">
            {f.allowPrivate}
          </label>
        </div>
        <Field name="program" label={f.program} hint={f.programHint(programs.join(', '))} errors={errors}>
          <input type="text" autocomplete="off" value={form.program} {...fieldAttributes('program', errors, f.program)} />
        </Field>
        <Field name="timeZone" label={f.timeZone} hint={f.timeZoneHint} errors={errors}>
          <input type="text" autocomplete="off" value={form.timeZone} {...fieldAttributes('timeZone', errors, f.timeZoneHint)} />
        </Field>
        <div>
          <button type="submit">{source === null ? text.create : text.save}</button>
        </div>
      </form>
      {source !== null && (
        <>
          <h2>{text.previewHeading}</h2>
          <p>{text.previewIntro}</p>
          <form method="post" action={`/admin/sources/${source.name}/preview`} class="admin-actions">
            <CsrfField admin={admin} />
            <button type="submit">{text.preview}</button>
          </form>
          <h2>{text.removeHeading}</h2>
          <form method="post" action={`/admin/sources/${source.name}/delete`} class="admin-form">
            <CsrfField admin={admin} />
            <div class="field">
              <input type="checkbox" id="deleteMeetings" name="deleteMeetings" value="1" aria-describedby="deleteMeetings-hint" />{' '}
              <label for="deleteMeetings" class="inline-label">
                {text.removeMeetings}
              </label>
              <p class="hint" id="deleteMeetings-hint">
                {text.removeHint}
              </p>
            </div>
            <div>
              <button type="submit" class="button-danger">
                {text.remove}
              </button>
            </div>
          </form>
        </>
      )}
    </AdminLayout>
  );
}
