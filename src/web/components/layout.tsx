import type { ComponentChildren } from 'preact';
import { MEETING_GUIDE_FEED_LINK } from '../../interop/meeting-guide/feed-link.js';
import { STYLESHEET_PATH } from '../styles.js';
import { telHref, type PageContext } from '../site.js';

export interface LayoutProps {
  context: PageContext;
  /** What is on the page, first; the site's name follows. */
  title: string;
  description: string;
  /** Shown instead of the path when the page's canonical address differs (a search's parameters). */
  canonicalPath?: string;
  /** Extra elements for <head> (JSON-LD, a page's own script). */
  head?: ComponentChildren;
  children: ComponentChildren;
}

function HotlineBanner({ context }: { context: PageContext }) {
  const { hotline } = context.site;
  return (
    <aside class="hotline" aria-label="Help right now">
      <p>
        Need to talk to someone now? <a href={telHref(hotline.number)}>{hotline.number}</a>
        {/* The space lives inside the label, which narrow screens hide, so no stray space is left before the full stop. */}
        <span class="hotline-label">{` (${hotline.label})`}</span>. In a crisis, call or text <a href="tel:988">988</a>.
      </p>
    </aside>
  );
}

function SampleBanner() {
  return (
    <aside class="sample-banner" aria-label="Sample data">
      <p>
        <strong>Sample data.</strong> The meetings on this site are made up for trying OpenRooms out. They are not real meetings: please do not go to
        them.
      </p>
    </aside>
  );
}

/** The frame of every page: head, skip link, banners, header, main and footer. */
export function Layout({ context, title, description, canonicalPath, head, children }: LayoutProps) {
  const canonical = `${context.origin}${canonicalPath ?? context.path}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${context.site.name}`}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        <link rel="alternate" type={MEETING_GUIDE_FEED_LINK.type} title={MEETING_GUIDE_FEED_LINK.title} href={`${context.origin}${MEETING_GUIDE_FEED_LINK.href}`} />
        <link rel="stylesheet" href={STYLESHEET_PATH} />
        <meta name="color-scheme" content="light dark" />
        <meta name="referrer" content="no-referrer" />
        {/* No icon file: an empty data URL stops browsers asking for /favicon.ico on every page. */}
        <link rel="icon" href="data:," />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <HotlineBanner context={context} />
        {context.sample && <SampleBanner />}
        <header class="site-header">
          <a class="site-name" href="/">
            {context.site.name}
          </a>
          <nav aria-label="Main">
            <ul>
              <li>
                <a href="/meetings">Find a meeting</a>
              </li>
              <li>
                <a href={'/meetings?attendance=online&status=now'}>Online now</a>
              </li>
              <li>
                <a href="/#states">States</a>
              </li>
              <li>
                <a href="/my-meetings">My meetings</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>No accounts, no cookies, no tracking. What you search for stays between you and this page.</p>
          <p>
            For apps and websites: <a href={MEETING_GUIDE_FEED_LINK.href}>Meeting Guide feed</a> ·{' '}
            <a href="/main_server/client_interface/json/?switcher=GetServerInfo">BMLT semantic API</a> · <a href="/api/v1/openapi.json">JSON API</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
