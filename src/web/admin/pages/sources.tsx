import { formatInterval } from '../../../interop/import/interval.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';

/** A source as the admin pages show it (the store's Source has these fields). */
export interface SourceView {
  name: string;
  kind: string;
  url: string;
  everySeconds: number | null;
  allowPrivate: boolean;
  program: string | null;
  timeZone: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  lastReport: unknown;
  updatedAt: string;
}

/** "2026-12-02 11:53 UTC" from an ISO time; the admin says UTC rather than guessing a zone. */
export function shownTime(iso: string | null): string | null {
  return iso === null ? null : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function scheduleText(everySeconds: number | null): string {
  const text = messages().admin.sources;
  return everySeconds === null ? text.byHand : text.every(formatInterval(everySeconds));
}

/** The counts of a saved report, if it looks like one. */
export function lastCounts(report: unknown): string | null {
  if (typeof report !== 'object' || report === null) return null;
  const r = report as Record<string, unknown>;
  const n = (key: string): number => (typeof r[key] === 'number' ? r[key] : 0);
  const skipped = Array.isArray(r['skipped']) ? r['skipped'].length : 0;
  return messages().admin.sources.counts(n('added'), n('changed'), n('removed'), skipped);
}

/** A last error is news only when it came after the last success. */
function currentError(source: SourceView): string | null {
  if (source.lastError === null || source.lastErrorAt === null) return null;
  if (source.lastSuccessAt !== null && source.lastSuccessAt > source.lastErrorAt) return null;
  return source.lastError;
}

export function SourcesPage({ admin, sources, notice }: { admin: AdminContext; sources: readonly SourceView[]; notice: string | null }) {
  const text = messages().admin.sources;
  const c = text.columns;
  return (
    <AdminLayout admin={admin} title={text.title}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <p>
        <a class="button" href="/admin/sources/new">
          {text.add}
        </a>
      </p>
      {sources.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={text.title}>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{c.name}</th>
                <th scope="col">{c.kind}</th>
                <th scope="col">{c.url}</th>
                <th scope="col">{c.schedule}</th>
                <th scope="col">{c.lastRun}</th>
                <th scope="col">{c.lastSuccess}</th>
                <th scope="col">{c.lastError}</th>
                <th scope="col">{c.lastCounts}</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => {
                const error = currentError(source);
                return (
                  <tr key={source.name}>
                    <th scope="row">
                      <a href={`/admin/sources/${source.name}`}>{source.name}</a>
                    </th>
                    <td>{text.kinds[source.kind] ?? source.kind}</td>
                    <td class="source-url">{source.url}</td>
                    <td>{scheduleText(source.everySeconds)}</td>
                    <td>{shownTime(source.lastRunAt) ?? text.never}</td>
                    <td>{shownTime(source.lastSuccessAt) ?? text.never}</td>
                    <td>
                      {error === null ? (
                        text.noError
                      ) : (
                        <span class="source-error">
                          {shownTime(source.lastErrorAt)}: {error}
                        </span>
                      )}
                    </td>
                    <td>{lastCounts(source.lastReport) ?? '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
