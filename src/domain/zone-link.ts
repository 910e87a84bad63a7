/**
 * Which links carry the visitor's time zone (`tz`), so that the next page shows times on their
 * clock too. The server applies the rule to the pages it renders for a request with a known
 * zone; the browser's script applies it, with the browser's zone, to a page that had none.
 */

/** APIs, the BMLT server, bundles and stylesheets: not pages, and the zone is nothing to them. */
const NOT_A_PAGE = /^\/(api|main_server|assets)(\/|$)/;

/** A path ending in an extension is a file or a feed (a meeting's .ics, sitemap.xml), not a page. */
const FILE = /\.[a-z0-9]+$/i;

/** Whether `target` (an href or a form's action) is a page of this site. "//host" and "/\host" lead elsewhere. */
export function isSitePage(target: string): boolean {
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return false;
  const path = target.split(/[?#]/, 1)[0] ?? '';
  return !NOT_A_PAGE.test(path) && !FILE.test(path);
}

/**
 * `href` with `tz=<zone>` added to its query, before any fragment ("/#states" →
 * "/?tz=America%2FChicago#states"). A link that is not to one of this site's pages, or that
 * names a zone already, is left as it is.
 */
export function withZone(href: string, zone: string): string {
  if (!isSitePage(href)) return href;
  const hash = href.indexOf('#');
  const base = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? '' : href.slice(hash);
  const mark = base.indexOf('?');
  const query = mark === -1 ? '' : base.slice(mark + 1);
  if (new URLSearchParams(query).has('tz')) return href;
  const joiner = mark === -1 ? '?' : query === '' || query.endsWith('&') ? '' : '&';
  return `${base}${joiner}tz=${encodeURIComponent(zone)}${fragment}`;
}
