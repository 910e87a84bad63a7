import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';

/** A page that only says something: not allowed, not found, try again. */
export function AdminMessagePage({ admin, title, text }: { admin: AdminContext; title: string; text: string }) {
  return (
    <AdminLayout admin={admin} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/admin">{messages().admin.common.back}</a>
      </p>
    </AdminLayout>
  );
}
