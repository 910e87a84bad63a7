import { roundCoordinate } from './near-me-url.js';

/**
 * The place a visitor last searched from, kept in this browser's localStorage and nowhere else: what
 * they typed into one of our place boxes, or the rounded point "near me" found. It leaves the device
 * only as the search itself.
 */
export type RememberedPlace = { near: string } | { lat: string; lng: string };

export const PLACE_KEY = 'openrooms.place';

/** The search's own limit for a place box's text. */
const MAX_NEAR_LENGTH = 100;
const COORDINATE = /^-?\d{1,3}\.\d{3}$/;

/** A typed place as kept: spaces collapsed; null for an empty box or a text no search would take. */
export function searchedPlace(value: string): RememberedPlace | null {
  const near = value.trim().replace(/\s+/g, ' ');
  return near === '' || near.length > MAX_NEAR_LENGTH ? null : { near };
}

/** A point as kept: rounded as "near me" sends it, about 100 m, too coarse to pin a home. */
export function locatedPlace(latitude: number, longitude: number): RememberedPlace {
  return { lat: roundCoordinate(latitude), lng: roundCoordinate(longitude) };
}

function inRange(text: unknown, limit: number): text is string {
  return typeof text === 'string' && COORDINATE.test(text) && Math.abs(Number(text)) <= limit;
}

/** The place from whatever localStorage holds (an old version or a person may have left anything); never throws. */
export function parsePlace(raw: string | null | undefined): RememberedPlace | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { near, lat, lng } = value as Record<string, unknown>;
  if (typeof near === 'string') return searchedPlace(near);
  return inRange(lat, 90) && inRange(lng, 180) ? { lat, lng } : null;
}

export function serializePlace(place: RememberedPlace): string {
  return JSON.stringify('near' in place ? { near: place.near } : { lat: place.lat, lng: place.lng });
}

/** The place's words for a heading ("Portland, OR"), or null for a point, which is "you". */
export function placeName(place: RememberedPlace): string | null {
  return 'near' in place ? place.near : null;
}

/**
 * `href` (one of our own addresses) searching near the place, in the viewer's zone; its other parameters
 * are kept. Any place it named before is replaced, so a link is never sent with two.
 */
export function withPlace(href: string, place: RememberedPlace, timeZone: string | undefined): string {
  const [path = '', query = ''] = href.split('?', 2);
  const params = new URLSearchParams(query);
  for (const key of ['near', 'lat', 'lng']) params.delete(key);
  if ('near' in place) params.set('near', place.near);
  else {
    params.set('lat', place.lat);
    params.set('lng', place.lng);
  }
  if (timeZone) params.set('tz', timeZone);
  return `${path}?${params.toString()}`;
}

/** How many meetings the home page lists: what fits on a phone's first screen under the search box. */
export const NEXT_MEETINGS = 3;

/** The API's soonest meetings near the place (in progress first), whatever the day: there is always a next one. */
export function nextMeetingsUrl(place: RememberedPlace, timeZone: string | undefined): string {
  return withPlace(`/api/v1/meetings?sort=next&limit=${NEXT_MEETINGS}`, place, timeZone);
}
