/** What an operator sets about the site: the hotline every page shows, and the map's tiles. */
export interface SiteConfig {
  name: string;
  hotline: { number: string; label: string };
  /** Leaflet tile URL template; loaded only when someone presses "show map". */
  mapTiles: { url: string; attribution: string };
}

export const DEFAULT_SITE: SiteConfig = {
  name: 'OpenRooms',
  // SAMHSA's National Helpline: free, confidential, 24/7, in English and Spanish.
  hotline: { number: '1-800-662-4357', label: 'SAMHSA National Helpline, free and confidential, 24/7' },
  mapTiles: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  },
};

/** What every page knows about the request it answers. */
export interface PageContext {
  site: SiteConfig;
  /** "https://example.org", as the visitor reached the site: for canonical URLs. */
  origin: string;
  /** The path of this page, without the query, for its canonical URL. */
  path: string;
  /** Published sample meetings are loaded: every page says so. */
  sample: boolean;
  /** The visitor's IANA zone, from a valid `tz` in the address; null when the request gave none. */
  viewerZone: string | null;
}

/**
 * A phone number as a tel: link target: the first number of a list ("…; …" or "… / …"), its
 * digits, a leading plus, and the pauses and codes a conference line needs (",,123456#" as
 * Zoom's one-tap links write them, "#" encoded), so that one tap joins the meeting.
 */
export function telHref(number: string): string {
  const first = number.split(/[;/]/)[0] ?? '';
  return `tel:${first.replace(/[^\d+,*#]/g, '').replace(/#/g, '%23')}`;
}
