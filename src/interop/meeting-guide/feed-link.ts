/** Where our Meeting Guide feed lives, on every site. */
export const MEETING_GUIDE_FEED_PATH = '/api/v1/feeds/meeting-guide.json';

/**
 * The attributes of the `<link>` that announces the feed (Meeting Guide spec, "Sharing Your
 * Data"): `title="Meetings Feed"` is what discovery looks for. The spec asks for a fully
 * qualified href; the page layout prefixes its origin.
 */
export const MEETING_GUIDE_FEED_LINK = {
  rel: 'alternate',
  type: 'application/json',
  title: 'Meetings Feed',
  href: MEETING_GUIDE_FEED_PATH,
} as const;

/** The same announcement as an HTTP Link header (RFC 8288), for clients that never read HTML. */
export const MEETING_GUIDE_FEED_LINK_HEADER =
  `<${MEETING_GUIDE_FEED_LINK.href}>; rel="${MEETING_GUIDE_FEED_LINK.rel}"; ` +
  `type="${MEETING_GUIDE_FEED_LINK.type}"; title="${MEETING_GUIDE_FEED_LINK.title}"`;
