import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ChangeDiff } from '../components/history/change-row.js';
import type { ChangeView } from '../components/history/change-view.js';
import type { BodyNames } from '../components/history/diff-table.js';
import { utcText } from '../components/history/utc-time.js';

export interface MeetingVersion {
  change: ChangeView;
  /** Whether "Revert to this version" shows: an earlier version that is not a delete, to an actor who may edit. */
  revertable: boolean;
}

export interface MeetingHistoryPageProps {
  admin: AdminContext;
  meetingId: number;
  name: string;
  /** Whether the meeting is gone (its last change a delete). */
  deleted: boolean;
  /** Newest first. */
  versions: readonly MeetingVersion[];
  bodies: BodyNames;
  notice: string | null;
  error: string | null;
}

/** /admin/meetings/:id/history: every version of one meeting, with what changed and a revert for each earlier one. */
export function MeetingHistoryPage({ admin, meetingId, name, deleted, versions, bodies, notice, error }: MeetingHistoryPageProps) {
  const text = messages().admin.history;
  return (
    <AdminLayout admin={admin} title={text.meeting.title(name)}>
      <h1>{text.meeting.heading(name)}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="form-errors" role="alert">
          {error}
        </p>
      )}
      {deleted ? (
        <p>
          <a href="/admin/deleted">{text.meeting.deleted}</a>
        </p>
      ) : (
        <p>
          <a href={`/admin/meetings/${meetingId}`}>{text.meeting.edit}</a>
        </p>
      )}
      <h2>{text.meeting.versions}</h2>
      <ol class="versions" reversed>
        {versions.map(({ change, revertable }, i) => {
          const heading = text.meeting.version(utcText(change.at), change.actor);
          return (
            <li key={change.seq}>
              <h3>
                {text.actions[change.action] ?? change.action}: {heading}
              </h3>
              {change.note && <p>{change.note}</p>}
              {i === 0 && !deleted && <p>{text.meeting.current}</p>}
              <ChangeDiff change={change} bodies={bodies} />
              {revertable && (
                <form method="post" action={`/admin/meetings/${meetingId}/revert`} class="admin-actions">
                  <CsrfField admin={admin} />
                  <input type="hidden" name="seq" value={String(change.seq)} />
                  <button type="submit" aria-label={`${text.meeting.revert}: ${heading}`}>
                    {text.meeting.revert}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ol>
    </AdminLayout>
  );
}
