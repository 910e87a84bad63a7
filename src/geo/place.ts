import type { CityPlace, ZipPlace } from './gazetteer.js';
import { timeZoneAt } from './time-zone.js';

export type PlaceKind = 'zip' | 'city' | 'state';

export interface Place {
  kind: PlaceKind;
  /** Display label: "97201 (Portland, OR)", "Portland, OR", "Oregon". */
  label: string;
  latitude: number;
  longitude: number;
  /** Two-letter code. */
  state: string;
  /** For zip and city. */
  city?: string;
  /** For zip. */
  zip?: string;
  /** A sensible default search radius in miles for this kind of place. */
  radiusMiles: number;
  /** The IANA time zone at the place. */
  timeZone: string;
}

export type Resolution = { ok: true; place: Place } | { ok: false; suggestions: Place[] };

const ZIP_RADIUS_MILES = 10;
const MIN_CITY_RADIUS_MILES = 10;
/** The largest city radius, and the smallest a state gets. */
export const MAX_CITY_RADIUS_MILES = 25;
/** A city with this many ZIP points or more gets the largest city radius. */
const BIG_CITY_SIZE = 100;

export function noMatch(suggestions: Place[]): Resolution {
  return { ok: false, suggestions };
}

export function zipPlace(zip: ZipPlace): Place {
  return {
    kind: 'zip',
    label: `${zip.zip} (${zip.city}, ${zip.state})`,
    latitude: zip.latitude,
    longitude: zip.longitude,
    state: zip.state,
    city: zip.city,
    zip: zip.zip,
    radiusMiles: ZIP_RADIUS_MILES,
    timeZone: timeZoneAt(zip.latitude, zip.longitude, zip.state),
  };
}

export function cityPlace(city: CityPlace): Place {
  return {
    kind: 'city',
    label: `${city.name}, ${city.state}`,
    latitude: city.latitude,
    longitude: city.longitude,
    state: city.state,
    city: city.name,
    radiusMiles: cityRadiusMiles(city.size),
    timeZone: timeZoneAt(city.latitude, city.longitude, city.state),
  };
}

/** From 10 miles for a one-ZIP town to 25 for a city of 100 ZIP points: bigger cities sprawl. */
function cityRadiusMiles(size: number): number {
  const share = Math.min(1, Math.log(Math.max(1, size)) / Math.log(BIG_CITY_SIZE));
  return Math.round(MIN_CITY_RADIUS_MILES + (MAX_CITY_RADIUS_MILES - MIN_CITY_RADIUS_MILES) * share);
}
