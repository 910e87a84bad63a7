import { codesOf, parseDialString, readableNumber } from '../domain/dial-string.js';
import { messages } from './i18n/messages.js';
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
 * A phone number as a tel: link target: the first number of a list, its pauses and codes kept
 * (",,530851127#", as Zoom's one-tap links write them; "#" encoded), so one tap joins the
 * meeting. A number that cannot be read keeps its digits, so the link still dials something shown.
 */
export function telHref(number: string): string {
  const dial = parseDialString(number);
  const target = dial === null ? number.replace(/[^\d+]/g, '') : `${dial.number}${dial.after}`;
  return `tel:${target.replace(/#/g, '%23')}`;
}

/** "+1 669-900-9128, then 530851127#": a conference line as a person reads and dials it by hand. */
export function phoneText(number: string): string {
  const dial = parseDialString(number);
  if (dial === null) return number;
  return [readableNumber(dial.number), ...codesOf(dial).map((code) => messages().layout.thenDial(code))].join(', ');
}
