import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';

/** The step before a delete: a second, explicit press, which works without JavaScript. */
export function MeetingDeletePage({ admin, meeting }: { admin: AdminContext; meeting: { id: number; name: string } }) {
  const text = messages().admin.meetings;
  const title = text.deleteTitle(meeting.name);
  return (
    <AdminLayout admin={admin} title={title}>
      <h1>{title}</h1>
      <p>{text.deleteText}</p>
      <div class="admin-actions">
        <form method="post" action={`/admin/meetings/${meeting.id}/delete`}>
          <CsrfField admin={admin} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" class="button button-danger">
            {text.deleteConfirm}
          </button>
        </form>
        <a href={`/admin/meetings/${meeting.id}`}>{text.deleteCancel}</a>
      </div>
    </AdminLayout>
  );
}
