import type { CorrectionDiffRow, CorrectionField, CorrectionRequest } from '../../../domain/correction.js';
import type { Meeting } from '../../../domain/meeting.js';
import type { Actor } from '../../../domain/permissions.js';
import type { Weekday } from '../../../domain/weekday.js';
import { dateText } from '../../components/checked-text.js';
import { clockText, dayName, relativeText } from '../../components/schedule-text.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';

/** One request as the queue shows it: what the route found and what the actor may do with it. */
export interface QueueItem {
  request: CorrectionRequest;
  /** Null when the meeting was deleted since. */
  meeting: Meeting | null;
  /** The proposal against the meeting as it is now. */
  diff: CorrectionDiffRow[];
  /** The meeting was changed after the request was sent. */
  changedSince: boolean;
  mayAct: boolean;
  showEmail: boolean;
}

export interface CorrectionsPageProps {
  admin: AdminContext & { actor: Actor };
  items: readonly QueueItem[];
  now: number;
  /** What the last action did, or why it was refused. */
  notice: { text: string; problem: boolean } | null;
}

/** A proposed or current value as a volunteer reads it: "Tuesday", "7:30 PM". */
function shown(field: CorrectionField, value: string | null): string {
  const text = messages().admin.corrections;
  if (value === null || value === '') return text.empty;
  if (field === 'weekday') return dayName(Number(value) as Weekday);
  if (field === 'startTime') return clockText(value);
  return value;
}

function Diff({ rows }: { rows: readonly CorrectionDiffRow[] }) {
  const text = messages().admin.corrections;
  if (rows.length === 0) return null;
  return (
    <table class="diff">
      <thead>
        <tr>
          <th scope="col">{text.field}</th>
          <th scope="col">{text.now}</th>
          <th scope="col">{text.proposed}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{text.fields[row.field] ?? row.field}</th>
            <td>{row.same ? shown(row.field, row.current) : <del>{shown(row.field, row.current)}</del>}</td>
            <td>
              {row.same ? (
                <>
                  {shown(row.field, row.proposed)} {text.same}
                </>
              ) : (
                <ins>{shown(row.field, row.proposed)}</ins>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Actions({ admin, item }: { admin: AdminContext; item: QueueItem }) {
  const text = messages().admin.corrections;
  const { request, meeting } = item;
  if (!item.mayAct) return <p class="muted">{text.readOnly}</p>;
  const name = meeting?.name ?? String(request.meetingId);
  const applies = meeting !== null && (request.kind === 'did-not-happen' || item.diff.some((row) => !row.same));
  return (
    <div class="admin-actions">
      {applies && (
        <form method="post" action={`/admin/corrections/${request.id}/apply`}>
          <CsrfField admin={admin} />
          <button type="submit" aria-label={request.kind === 'did-not-happen' ? text.markClosedLabel(name) : text.applyLabel(name)}>
            {request.kind === 'did-not-happen' ? text.markClosed : text.apply}
          </button>
        </form>
      )}
      <form method="post" action={`/admin/corrections/${request.id}/dismiss`}>
        <CsrfField admin={admin} />
        <button type="submit" class="button-quiet" aria-label={text.dismissLabel(name)}>
          {text.dismiss}
        </button>
      </form>
    </div>
  );
}

function Item({ admin, item, now }: { admin: AdminContext; item: QueueItem; now: number }) {
  const text = messages().admin.corrections;
  const { request, meeting } = item;
  const headingId = `request-${request.id}`;
  const zone = meeting?.schedule.timeZone ?? 'UTC';
  return (
    <li>
      <article class="correction-request" aria-labelledby={headingId}>
        <h2 id={headingId}>{meeting ? text.requestHeading(meeting.name) : text.meetingGone(request.meetingId)}</h2>
        <p>
          <strong>{request.kind === 'did-not-happen' ? text.didNotHappen : text.correction}</strong>
          {' · '}
          <time dateTime={request.createdAt}>{text.sent(relativeText(Date.parse(request.createdAt), now))}</time>
          {request.missedOn && <> {text.missedOn(dateText(request.missedOn, zone))}</>}
        </p>
        {meeting && (
          <p class="link-list inline">
            <a href={`/admin/meetings/${meeting.id}`}>{text.editMeeting}</a>{' '}
            {meeting.published && <a href={`/meetings/${meeting.slug}`}>{text.publicPage}</a>}
          </p>
        )}
        {item.changedSince && <p class="notice">{text.changedSince}</p>}
        <Diff rows={item.diff} />
        {request.message && (
          <>
            <h3>{text.message}</h3>
            <p class="lines">{request.message}</p>
          </>
        )}
        {item.showEmail && (
          <p>
            {text.email}: {request.email ? <a href={`mailto:${request.email}`}>{request.email}</a> : text.noEmail}
          </p>
        )}
        <Actions admin={admin} item={item} />
      </article>
    </li>
  );
}

/** /admin/corrections: the open requests for the meetings the actor looks after, newest first. */
export function CorrectionsPage({ admin, items, now, notice }: CorrectionsPageProps) {
  const text = messages().admin.corrections;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      {notice && (
        <p class={notice.problem ? 'form-errors' : 'notice'} role={notice.problem ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <p>{text.intro}</p>
      {items.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <>
          <p>{text.count(items.length)}</p>
          <ol class="correction-queue">
            {items.map((item) => (
              <Item key={item.request.id} admin={admin} item={item} now={now} />
            ))}
          </ol>
        </>
      )}
    </AdminLayout>
  );
}
