import type { ComponentChildren } from 'preact';
import { messages } from '../../i18n/messages.js';
import { STYLESHEET_PATH } from '../../styles.js';
import { ADMIN_STYLESHEET_PATH } from '../admin-styles.js';
import type { AdminContext } from '../admin-context.js';
import { adminNav } from '../admin-nav.js';
import { CsrfField } from './csrf-field.js';

export interface AdminLayoutProps {
  admin: AdminContext;
  title: string;
  children: ComponentChildren;
}

function AdminBar({ admin }: { admin: AdminContext }) {
  const text = messages().admin.common;
  const { actor, page } = admin;
  const entries = actor === null ? [] : adminNav().filter((entry) => entry.shows(actor));
  return (
    <header class="admin-bar">
      <a class="site-name" href="/admin">
        {text.siteAdmin(page.site.name)}
      </a>
      {entries.length > 0 && (
        <nav aria-label={text.nav}>
          <ul>
            {entries.map((entry) => (
              <li key={entry.href}>
                <a href={entry.href} aria-current={page.path === entry.href ? 'page' : undefined}>
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {actor !== null && (
        <div class="admin-who">
          <span>{text.signedInAs(actor.account.name ?? actor.account.email, text.roles[actor.account.role] ?? actor.account.role)}</span>
          <form method="post" action="/admin/logout">
            <CsrfField admin={admin} />
            <button type="submit" class="button button-quiet">
              {text.logout}
            </button>
          </form>
        </div>
      )}
    </header>
  );
}

/** The frame of every admin page: no hotline or public navigation, never indexed, never cached. */
export function AdminLayout({ admin, title, children }: AdminLayoutProps) {
  const m = messages();
  const text = m.admin.common;
  return (
    <html lang={m.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{text.title(title, admin.page.site.name)}</title>
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={STYLESHEET_PATH} />
        <link rel="stylesheet" href={ADMIN_STYLESHEET_PATH} />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {text.skip}
        </a>
        {admin.page.sample && (
          <aside class="sample-banner" aria-label={m.layout.sampleLabel}>
            <p>
              <strong>{m.layout.sampleTitle}</strong>
              {m.layout.sampleText}
            </p>
          </aside>
        )}
        <AdminBar admin={admin} />
        <main id="main" class="admin-main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
