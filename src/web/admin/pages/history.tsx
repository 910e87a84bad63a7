import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { ChangeDiff, ChangeWhat } from '../components/history/change-row.js';
import type { WriteView } from '../components/history/change-view.js';
import type { BodyNames } from '../components/history/diff-table.js';
import { UtcTime } from '../components/history/utc-time.js';

export interface HistoryFilters {
  entityType: string;
  actor: string;
  from: string;
  to: string;
  batch: string;
}

export interface HistoryPageProps {
  admin: AdminContext;
  filters: HistoryFilters;
  errors: FieldErrors;
  writes: readonly WriteView[];
  /** The link to the next, older page; null on the last. */
  older: string | null;
  /** Whether this is a later page (a link back to the newest shows). */
  paged: boolean;
  bodies: BodyNames;
  notice: string | null;
  /** A batch revert that was refused: what stood in the way. */
  refused: readonly string[];
}

function WriteRow({ write, admin, bodies }: { write: WriteView; admin: AdminContext; bodies: BodyNames }) {
  const text = messages().admin.history;
  const first = write.changes[0]!;
  const many = write.total > 1;
  return (
    <tr>
      <td>{first.actor}</td>
      <td>
        <UtcTime iso={first.at} />
      </td>
      <td>
        {many ? (
          <details>
            <summary>{text.batchOf(write.total)}</summary>
            {write.changes.length < write.total && <p>{text.batchShown(write.changes.length, write.total)}</p>}
            <ul class="history-batch">
              {write.changes.map((change) => (
                <li key={change.seq}>
                  <ChangeWhat change={change} />
                  <ChangeDiff change={change} bodies={bodies} />
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <>
            <ChangeWhat change={first} />
            <ChangeDiff change={first} bodies={bodies} />
          </>
        )}
        {write.revertable && write.batch !== null && (
          <form method="post" action={`/admin/history/batch/${write.batch}/revert`} class="admin-actions">
            <CsrfField admin={admin} />
            <button type="submit" class="button button-quiet">
              {text.revertBatch}
            </button>
          </form>
        )}
      </td>
      <td>{first.note ?? ''}</td>
    </tr>
  );
}

/** /admin/history: the change log by write, newest first, with filters and each change's diff. */
export function HistoryPage({ admin, filters, errors, writes, older, paged, bodies, notice, refused }: HistoryPageProps) {
  const text = messages().admin.history;
  const common = messages().admin.common;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {refused.length > 0 && (
        <div class="form-errors" role="alert">
          <p>{text.batchRefused}</p>
          <ul>
            {refused.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{text.intro}</p>
      <ErrorSummary errors={errors} labels={{ from: text.from, to: text.to }} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form method="get" action="/admin/history" class="admin-form history-filters" aria-label={text.filters}>
        <Field name="entityType" label={text.entityType} errors={errors}>
          <select {...fieldAttributes('entityType', errors)}>
            <option value="">{text.entityAny}</option>
            {Object.entries(text.entityTypes).map(([value, label]) => (
              <option key={value} value={value} selected={filters.entityType === value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field name="actor" label={text.actor} errors={errors}>
          <input type="text" inputMode="email" autoComplete="off" value={filters.actor} {...fieldAttributes('actor', errors)} />
        </Field>
        <Field name="from" label={text.from} hint={text.dateHint} errors={errors}>
          <input type="text" inputMode="numeric" value={filters.from} {...fieldAttributes('from', errors, text.dateHint)} />
        </Field>
        <Field name="to" label={text.to} hint={text.dateHint} errors={errors}>
          <input type="text" inputMode="numeric" value={filters.to} {...fieldAttributes('to', errors, text.dateHint)} />
        </Field>
        {filters.batch !== '' && <input type="hidden" name="batch" value={filters.batch} />}
        <div class="admin-actions">
          <button type="submit">{text.apply}</button>
          <a href="/admin/history">{text.clear}</a>
        </div>
      </form>
      {writes.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <table class="admin-table history">
          <thead>
            <tr>
              <th scope="col">{text.columns.who}</th>
              <th scope="col">{text.columns.when}</th>
              <th scope="col">{text.columns.what}</th>
              <th scope="col">{text.columns.note}</th>
            </tr>
          </thead>
          <tbody>
            {writes.map((write) => (
              <WriteRow key={write.key} write={write} admin={admin} bodies={bodies} />
            ))}
          </tbody>
        </table>
      )}
      <nav class="admin-actions" aria-label={text.title}>
        {paged && <a href="/admin/history">{text.newest}</a>}
        {older !== null && <a href={older}>{text.older}</a>}
      </nav>
    </AdminLayout>
  );
}
