import type { ComponentChildren } from 'preact';
import { MEETING_GUIDE_FEED_LINK } from '../../interop/meeting-guide/feed-link.js';
import { messages } from '../i18n/messages.js';
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
  const text = messages().layout;
  return (
    <aside class="hotline" aria-label={text.helpNow}>
      <p>
        {text.talkNow} <a href={telHref(hotline.number)}>{hotline.number}</a>
        {/* The space lives inside the label, which narrow screens hide, so no stray space is left before the full stop. */}
        <span class="hotline-label">{` (${hotline.label})`}</span>
        {text.crisis}
        <a href="tel:988">988</a>.
      </p>
    </aside>
  );
}

function SampleBanner() {
  const text = messages().layout;
  return (
    <aside class="sample-banner" aria-label={text.sampleLabel}>
      <p>
        <strong>{text.sampleTitle}</strong>
        {text.sampleText}
      </p>
    </aside>
  );
}

/** The frame of every page: head, skip link, banners, header, main and footer. */
export function Layout({ context, title, description, canonicalPath, head, children }: LayoutProps) {
  const canonical = `${context.origin}${canonicalPath ?? context.path}`;
  const m = messages();
  const text = m.layout;
  return (
    <html lang={m.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{text.title(title, context.site.name)}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        <link
          rel="alternate"
          type={MEETING_GUIDE_FEED_LINK.type}
          title={MEETING_GUIDE_FEED_LINK.title}
          href={`${context.origin}${MEETING_GUIDE_FEED_LINK.href}`}
        />
        <link rel="stylesheet" href={STYLESHEET_PATH} />
        <meta name="color-scheme" content="light dark" />
        <meta name="referrer" content="no-referrer" />
        {/* No icon file: an empty data URL stops browsers asking for /favicon.ico on every page. */}
        <link rel="icon" href="data:," />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {text.skip}
        </a>
        <HotlineBanner context={context} />
        {context.sample && <SampleBanner />}
        <header class="site-header">
          <a class="site-name" href="/">
            {context.site.name}
          </a>
          <nav aria-label={text.mainNav}>
            <ul>
              <li>
                <a href="/meetings">{text.findMeeting}</a>
              </li>
              <li>
                <a href={'/meetings?attendance=online&status=now'}>{text.onlineNow}</a>
              </li>
              <li>
                <a href="/#states">{text.states}</a>
              </li>
              <li>
                <a href="/my-meetings">{text.myMeetings}</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{text.privacy}</p>
          <p>
            {text.forApps}
            <a href={MEETING_GUIDE_FEED_LINK.href}>{text.meetingGuideFeed}</a> ·{' '}
            <a href="/main_server/client_interface/json/?switcher=GetServerInfo">{text.bmltApi}</a> ·{' '}
            <a href="/api/v1/openapi.json">{text.jsonApi}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
