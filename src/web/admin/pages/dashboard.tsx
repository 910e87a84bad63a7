import type { Actor } from '../../../domain/permissions.js';
import type { ServiceBody } from '../../../domain/service-body.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { adminNav } from '../admin-nav.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';

export interface DashboardPageProps {
  admin: AdminContext & { actor: Actor };
  bodies: readonly Pick<ServiceBody, 'id' | 'name'>[];
  notice: string | null;
}

/** Where a volunteer lands: what they may act on, and the way to each section. */
export function DashboardPage({ admin, bodies, notice }: DashboardPageProps) {
  const text = messages().admin.dashboard;
  const common = messages().admin.common;
  const { account } = admin.actor;
  const named = bodies.filter((body) => account.serviceBodyIds.includes(body.id)).map((body) => body.name);
  return (
    <AdminLayout admin={admin} title={text.title}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h1>{text.heading(account.name ?? account.email)}</h1>
      <p>{account.role === 'admin' ? text.reachAll : text.reachSome(named.join(', '))}</p>
      {account.role === 'observer' && <p>{text.observer}</p>}
      <h2>{text.sections}</h2>
      <ul class="link-list">
        {adminNav()
          .filter((entry) => entry.shows(admin.actor))
          .map((entry) => (
            <li key={entry.href}>
              <a href={entry.href}>{entry.label}</a>
            </li>
          ))}
      </ul>
      <form method="post" action="/admin/logout-everywhere" class="admin-actions">
        <CsrfField admin={admin} />
        <button type="submit" class="button button-quiet">
          {common.logoutEverywhere}
        </button>
      </form>
    </AdminLayout>
  );
}
