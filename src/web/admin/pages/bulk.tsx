import { ATTENDANCE } from '../../../domain/attendance.js';
import { BULK_FIELDS, type Skipped } from '../../../domain/bulk-edit.js';
import type { ServiceBody } from '../../../domain/service-body.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';

export interface BulkMeetingRow {
  id: number;
  name: string;
  when: string;
  where: string;
  body: string;
}

/** What the change form holds, as sent (kept on a re-render). */
export interface BulkFormValues {
  field: string;
  formats: string;
  serviceBodyId: string;
  published: string;
  attendance: string;
  timeZone: string;
  note: string;
  ids: readonly string[];
  all: boolean;
}

export interface BulkPreview {
  /** `id@updatedAt` of every meeting the edit changes: the apply step refuses any saved since. */
  edits: readonly string[];
  skipped: readonly Skipped[];
}

export interface BulkPageProps {
  admin: AdminContext;
  /** The search's own parameters, as a query string ("q=hope&day=2"). */
  search: string;
  searchText: { q: string; day: string; formats: string };
  searchError: string | null;
  total: number;
  rows: readonly BulkMeetingRow[];
  bodies: readonly Pick<ServiceBody, 'id' | 'name'>[];
  formatCodes: readonly string[];
  values: BulkFormValues;
  errors: FieldErrors;
  preview: BulkPreview | null;
  refusal: string | null;
}

function Hidden({ name, values }: { name: string; values: readonly string[] }) {
  return (
    <>
      {values.map((value) => (
        <input key={`${name}-${value}`} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function ChangeFields({ values, errors, bodies, formatCodes }: Pick<BulkPageProps, 'values' | 'errors' | 'bodies' | 'formatCodes'>) {
  const text = messages().admin.bulk;
  return (
    <fieldset class="admin-form">
      <legend>{text.change}</legend>
      <Field name="field" label={text.field} errors={errors}>
        <select {...fieldAttributes('field', errors)}>
          <option value="">{text.chooseField}</option>
          {BULK_FIELDS.map((field) => (
            <option key={field} value={field} selected={values.field === field}>
              {text.fields[field]}
            </option>
          ))}
        </select>
      </Field>
      <Field name="formats" label={text.formats} hint={formatCodes.join(', ')} errors={errors}>
        <input type="text" value={values.formats} autoComplete="off" {...fieldAttributes('formats', errors, formatCodes.join(', '))} />
      </Field>
      <Field name="serviceBodyId" label={text.serviceBodyId} errors={errors}>
        <select {...fieldAttributes('serviceBodyId', errors)}>
          <option value="">{text.noBody}</option>
          {bodies.map((body) => (
            <option key={body.id} value={String(body.id)} selected={values.serviceBodyId === String(body.id)}>
              {body.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="published" label={text.published} errors={errors}>
        <select {...fieldAttributes('published', errors)}>
          <option value="">{text.chooseField}</option>
          <option value="yes" selected={values.published === 'yes'}>
            {text.publishedYes}
          </option>
          <option value="no" selected={values.published === 'no'}>
            {text.publishedNo}
          </option>
        </select>
      </Field>
      <Field name="attendance" label={text.attendance} errors={errors}>
        <select {...fieldAttributes('attendance', errors)}>
          <option value="">{text.chooseField}</option>
          {ATTENDANCE.map((value) => (
            <option key={value} value={value} selected={values.attendance === value}>
              {text.attendances[value]}
            </option>
          ))}
        </select>
      </Field>
      <Field name="timeZone" label={text.timeZone} hint={text.timeZoneHint} errors={errors}>
        <input type="text" value={values.timeZone} autoComplete="off" {...fieldAttributes('timeZone', errors, text.timeZoneHint)} />
      </Field>
      <Field name="note" label={text.note} errors={errors}>
        <input type="text" value={values.note} maxLength={500} {...fieldAttributes('note', errors)} />
      </Field>
    </fieldset>
  );
}

function Preview({
  admin,
  search,
  values,
  preview,
}: {
  admin: AdminContext;
  search: string;
  values: BulkFormValues;
  preview: BulkPreview;
}) {
  const text = messages().admin.bulk;
  return (
    <section aria-labelledby="preview-heading" class="bulk-preview">
      <h2 id="preview-heading">{text.previewHeading}</h2>
      <p role="status">{preview.edits.length === 0 ? text.nothingToDo : text.willChange(preview.edits.length)}</p>
      {preview.skipped.length > 0 && (
        <>
          <p>{text.willSkip(preview.skipped.length)}</p>
          <ul>
            {preview.skipped.map((skip) => (
              <li key={skip.meeting.id}>
                {skip.meeting.name}: {text.reasons[skip.reason]}
                {skip.problem ? ` (${skip.problem})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.edits.length > 0 && (
        <form method="post" action="/admin/bulk" class="admin-actions">
          <CsrfField admin={admin} />
          <input type="hidden" name="confirm" value="1" />
          <input type="hidden" name="search" value={search} />
          <input type="hidden" name="skipped" value={String(preview.skipped.length)} />
          <Hidden name="edit" values={preview.edits} />
          <Hidden name="field" values={[values.field]} />
          <Hidden name="formats" values={[values.formats]} />
          <Hidden name="serviceBodyId" values={[values.serviceBodyId]} />
          <Hidden name="published" values={[values.published]} />
          <Hidden name="attendance" values={[values.attendance]} />
          <Hidden name="timeZone" values={[values.timeZone]} />
          <Hidden name="note" values={[values.note]} />
          <button type="submit">{text.apply(preview.edits.length)}</button>
        </form>
      )}
    </section>
  );
}

/** /admin/bulk: a search, its results to choose from, one change for all of them, and its preview. */
export function BulkPage(props: BulkPageProps) {
  const { admin, search, searchText, searchError, total, rows, values, errors, preview, refusal } = props;
  const text = messages().admin.bulk;
  const labels: Record<string, string> = {
    field: text.field,
    formats: text.formats,
    serviceBodyId: text.serviceBodyId,
    published: text.published,
    attendance: text.attendance,
    timeZone: text.timeZone,
    ids: text.choose,
  };
  const weekdays = messages().admin.history.weekdays;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      {refusal && (
        <p class="form-errors" role="alert">
          {refusal}
        </p>
      )}
      {preview && <Preview admin={admin} search={search} values={values} preview={preview} />}
      <form method="get" action="/admin/bulk" class="admin-form" aria-label={text.search}>
        <h2>{text.search}</h2>
        <p class="hint">{text.searchNote}</p>
        <Field name="q" label={text.searchText} errors={{}}>
          <input type="search" value={searchText.q} {...fieldAttributes('q', {})} />
        </Field>
        <Field name="day" label={text.searchDay} errors={{}}>
          <select {...fieldAttributes('day', {})}>
            <option value="">{text.anyDay}</option>
            {weekdays.map((day, i) => (
              <option key={day} value={String(i)} selected={searchText.day === String(i)}>
                {day}
              </option>
            ))}
          </select>
        </Field>
        <div class="field">
          <label for="search-formats">{text.searchFormats}</label>
          <input type="text" id="search-formats" name="formats" value={searchText.formats} autoComplete="off" />
        </div>
        <div class="admin-actions">
          <button type="submit">{text.searchButton}</button>
        </div>
      </form>
      {searchError ? (
        <p class="form-errors" role="alert">
          {text.badSearch(searchError)}
        </p>
      ) : (
        <form method="post" action="/admin/bulk" class="bulk-form">
          <CsrfField admin={admin} />
          <input type="hidden" name="search" value={search} />
          <h2>{text.results(total)}</h2>
          <ErrorSummary errors={errors} labels={labels} heading={text.errorsHeading} />
          {total === 0 ? (
            <p>{text.none}</p>
          ) : (
            <>
              {rows.length < total && <p>{text.shownFirst(rows.length)}</p>}
              <p class="bulk-all">
                <input
                  type="checkbox"
                  id="all"
                  name="all"
                  value="1"
                  checked={values.all}
                  aria-describedby={errors.ids ? 'ids-error' : undefined}
                />{' '}
                <label for="all">{text.selectAll(total)}</label>
              </p>
              {errors.ids && (
                <p class="field-error" id="ids-error">
                  {errors.ids}
                </p>
              )}
              <table class="admin-table" id="ids">
                <thead>
                  <tr>
                    <th scope="col">{text.choose}</th>
                    <th scope="col">{text.columns.name}</th>
                    <th scope="col">{text.columns.when}</th>
                    <th scope="col">{text.columns.where}</th>
                    <th scope="col">{text.columns.body}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <td>
                        <input
                          type="checkbox"
                          name="id"
                          value={String(row.id)}
                          id={`id-${row.id}`}
                          checked={values.ids.includes(String(row.id))}
                          aria-label={text.chooseMeeting(row.name)}
                        />
                      </td>
                      <td>
                        <a href={`/admin/meetings/${row.id}`}>{row.name}</a>
                      </td>
                      <td>{row.when}</td>
                      <td>{row.where}</td>
                      <td>{row.body}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ChangeFields values={values} errors={errors} bodies={props.bodies} formatCodes={props.formatCodes} />
              <div class="admin-actions">
                <button type="submit">{text.preview}</button>
              </div>
            </>
          )}
        </form>
      )}
    </AdminLayout>
  );
}
