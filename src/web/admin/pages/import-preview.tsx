import type { ImportPlan, PlannedMeeting } from '../../../domain/import-plan.js';
import type { Weekday } from '../../../domain/weekday.js';
import type { ImportReport } from '../../../interop/import/report.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { DiffTable } from '../components/history/diff-table.js';
import { shownTime } from './sources.js';

/** Long lists are cut here: a page of 35,000 rows helps no one, and the counts say how many there are. */
export const SHOWN_PER_LIST = 200;

/** The plan names service bodies already (an added body has no lasting id yet): the diff has no ids to look up. */
const NO_BODY_IDS: ReadonlyMap<number, string> = new Map();

export interface ImportPreviewPageProps {
  admin: AdminContext;
  source: string;
  id: string;
  createdAt: string;
  report: ImportReport;
  plan: ImportPlan;
}

function when(meeting: PlannedMeeting): string {
  return `${messages().day(meeting.weekday as Weekday)} ${meeting.startTime}`;
}

function More({ total }: { total: number }) {
  return total > SHOWN_PER_LIST ? <p>{messages().admin.sources.more(total - SHOWN_PER_LIST)}</p> : null;
}

function MeetingTable({ meetings, caption }: { meetings: readonly PlannedMeeting[]; caption: string }) {
  const t = messages().admin.sources.meeting;
  return (
    <>
      <table class="admin-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.when}</th>
            <th scope="col">{t.city}</th>
            <th scope="col">{t.id}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.slice(0, SHOWN_PER_LIST).map((m, i) => (
            <tr key={m.externalId ?? i}>
              <td>{m.name}</td>
              <td>{when(m)}</td>
              <td>{m.city ?? ''}</td>
              <td>{m.externalId ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More total={meetings.length} />
    </>
  );
}

/** What an import of a source would do, with Apply and Cancel. */
export function ImportPreviewPage({ admin, source, id, createdAt, report, plan }: ImportPreviewPageProps) {
  const text = messages().admin.sources;
  const bodies = plan.serviceBodies;
  const bodyLines = [
    ...bodies.added.map((b) => text.bodyAdded(b.name)),
    ...bodies.changed.map((b) => text.bodyChanged(b.body.name)),
    ...bodies.removed.map((b) => text.bodyRemoved(b.name)),
  ];
  const nothing = plan.added.length + plan.changed.length + plan.removed.length + bodyLines.length + plan.formats.added.length === 0;
  const base = `/admin/sources/${source}/preview/${id}`;
  return (
    <AdminLayout admin={admin} title={text.previewTitle(source)}>
      <p>
        <a href={`/admin/sources/${source}`}>{text.editTitle(source)}</a>
      </p>
      <h1>{text.previewTitle(source)}</h1>
      <p>{text.previewOf(source, shownTime(createdAt) ?? createdAt)}</p>
      <p class="import-summary">
        <strong>{text.summary(plan.added.length, plan.changed.length, report.unchanged, plan.removed.length, plan.skipped.length)}</strong>
      </p>
      {nothing && <p>{text.nothing}</p>}
      <div class="admin-actions">
        <form method="post" action={`${base}/apply`}>
          <CsrfField admin={admin} />
          <button type="submit">{text.apply}</button>
        </form>
        <form method="post" action={`${base}/cancel`}>
          <CsrfField admin={admin} />
          <button type="submit" class="button-quiet">
            {text.cancel}
          </button>
        </form>
      </div>

      {plan.added.length > 0 && (
        <section aria-labelledby="added">
          <h2 id="added">{text.addedHeading(plan.added.length)}</h2>
          <MeetingTable meetings={plan.added} caption={text.addedHeading(plan.added.length)} />
        </section>
      )}
      {plan.changed.length > 0 && (
        <section aria-labelledby="changed">
          <h2 id="changed">{text.changedHeading(plan.changed.length)}</h2>
          {plan.changed.slice(0, SHOWN_PER_LIST).map(({ meeting, changes }, i) => (
            <div class="import-change" key={meeting.id ?? i}>
              <h3>
                {meeting.name}{' '}
                <span class="import-when">
                  ({when(meeting)}
                  {meeting.city ? `, ${meeting.city}` : ''})
                </span>
              </h3>
              <DiffTable diff={changes} caption={meeting.name} bodies={NO_BODY_IDS} />
            </div>
          ))}
          <More total={plan.changed.length} />
        </section>
      )}
      {plan.removed.length > 0 && (
        <section aria-labelledby="removed">
          <h2 id="removed">{text.removedHeading(plan.removed.length)}</h2>
          <MeetingTable meetings={plan.removed} caption={text.removedHeading(plan.removed.length)} />
        </section>
      )}
      {plan.skipped.length > 0 && (
        <section aria-labelledby="skipped">
          <h2 id="skipped">{text.skippedHeading(plan.skipped.length)}</h2>
          <table class="admin-table">
            <caption class="visually-hidden">{text.skippedHeading(plan.skipped.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.meeting.id}</th>
                <th scope="col">{text.meeting.name}</th>
                <th scope="col">{text.reason}</th>
              </tr>
            </thead>
            <tbody>
              {plan.skipped.slice(0, SHOWN_PER_LIST).map((s) => (
                <tr key={s.row}>
                  <td>
                    {text.row(s.row)}
                    {s.externalId === null ? '' : `, ${s.externalId}`}
                  </td>
                  <td>{s.name ?? ''}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More total={plan.skipped.length} />
        </section>
      )}
      {bodyLines.length > 0 && (
        <section aria-labelledby="bodies">
          <h2 id="bodies">{text.bodiesHeading}</h2>
          <ul>
            {bodyLines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.formats.added.length > 0 && (
        <section aria-labelledby="formats">
          <h2 id="formats">{text.formatsHeading(plan.formats.added.length)}</h2>
          <ul>
            {plan.formats.added.map((f) => (
              <li key={f.code}>
                {f.code}: {f.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.warnings.length > 0 && (
        <section aria-labelledby="warnings">
          <h2 id="warnings">{text.warningsHeading(report.warnings.length)}</h2>
          <ul>
            {report.warnings.slice(0, SHOWN_PER_LIST).map((w, i) => (
              <li key={i}>
                {w.row === null ? '' : `${text.row(w.row)}: `}
                {w.message}
              </li>
            ))}
          </ul>
          <More total={report.warnings.length} />
        </section>
      )}
    </AdminLayout>
  );
}

/** A preview that could not be made or applied: why, and what to do next. Nothing was changed. */
export function ImportProblemPage({
  admin,
  source,
  title,
  text: body,
  previewAgain,
}: {
  admin: AdminContext;
  source: string;
  title: string;
  text: string;
  previewAgain: boolean;
}) {
  const text = messages().admin.sources;
  return (
    <AdminLayout admin={admin} title={title}>
      <h1>{title}</h1>
      <p role="alert">{body}</p>
      <div class="admin-actions">
        {previewAgain && (
          <form method="post" action={`/admin/sources/${source}/preview`}>
            <CsrfField admin={admin} />
            <button type="submit">{text.previewAgain}</button>
          </form>
        )}
        <a href={`/admin/sources/${source}`}>{text.editTitle(source)}</a>
      </div>
    </AdminLayout>
  );
}
