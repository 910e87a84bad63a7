import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { UtcTime } from '../components/history/utc-time.js';

export interface DeletedMeetingView {
  id: number;
  name: string;
  at: string;
  actor: string;
  /** Whether the actor may restore it (may edit its body). */
  restorable: boolean;
}

/** /admin/deleted: meetings whose last change is a delete, each with a Restore button. */
export function DeletedPage({
  admin,
  meetings,
  notice,
  error,
}: {
  admin: AdminContext;
  meetings: readonly DeletedMeetingView[];
  notice: string | null;
  error: string | null;
}) {
  const text = messages().admin.history.deleted;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
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
      <p>{text.intro}</p>
      {meetings.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{text.columns.name}</th>
              <th scope="col">{text.columns.when}</th>
              <th scope="col">{text.columns.who}</th>
              <th scope="col">{text.columns.action}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td>
                  <a href={`/admin/meetings/${meeting.id}/history`}>{meeting.name}</a>
                </td>
                <td>
                  <UtcTime iso={meeting.at} />
                </td>
                <td>{meeting.actor}</td>
                <td>
                  {meeting.restorable && (
                    <form method="post" action={`/admin/deleted/${meeting.id}/restore`}>
                      <CsrfField admin={admin} />
                      <button type="submit" aria-label={text.restoreLabel(meeting.name)}>
                        {text.restore}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
