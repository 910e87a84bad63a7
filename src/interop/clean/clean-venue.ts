import type { Venue } from '../../domain/meeting.js';
import { approximateUsPoint } from '../../geo/approximate-point.js';
import { countryAt } from '../../geo/country-at.js';
import { regionFrom } from './formatted-address.js';
import { looseCoordinates } from './loose-number.js';
import { looseCountry } from './loose-country.js';
import { loosePostalCode } from './loose-postal-code.js';
import { looseState } from './loose-state.js';
import { plainTextFromHtml } from './plain-text-from-html.js';

/**
 * The parts of a feed row that say where it meets, as the parser read them: a venue whose
 * country is still words (or absent) and whose coordinates are still unchecked.
 */
export type FeedPlace = Omit<Venue, 'country' | 'latitude' | 'longitude'> & {
  country: string | null;
  latitude: unknown;
  longitude: unknown;
};

export interface CleanVenue {
  venue: Venue;
  /** Where the country came from; with none, the venue says "US" until the feed tells better. */
  countryFrom: 'row' | 'coordinates' | 'none';
}

const CANADIAN_POSTAL = /^[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d$/;

/** The country a row's own words name: its country field, else its state or province, else a Canadian postal code. */
function countryOfRow(place: FeedPlace, warnings: string[]): string | null {
  const given = looseCountry(place.country);
  if (given.warning) warnings.push(given.warning);
  if (given.code !== null) return given.code;
  const region = place.state === null ? null : regionFrom(place.state);
  if (region) return region.country;
  if (place.postalCode !== null && CANADIAN_POSTAL.test(place.postalCode)) return 'CA';
  return null;
}

/**
 * The venue with its country as an ISO code (from the row's words, else from its coordinates,
 * offline, never assumed), its state and postal code in the country's forms, and its
 * coordinates checked. Location notes lose their HTML.
 */
export function cleanVenue(place: FeedPlace, warnings: string[]): CleanVenue {
  const point = looseCoordinates(place.latitude, place.longitude);
  if (point.warning) warnings.push(point.warning);
  const own = countryOfRow(place, warnings);
  // The lookup costs microseconds a row: only a row that names no country needs it.
  const located = own !== null || point.latitude === null || point.longitude === null ? null : countryAt(point.latitude, point.longitude);
  const country = own ?? located ?? 'US';
  const state = looseState(place.state, country);
  if (state.warning) warnings.push(state.warning);
  const postal = loosePostalCode(place.postalCode, country);
  if (postal.warning) warnings.push(postal.warning);
  const { text: notes, changed } = plainTextFromHtml(place.notes);
  if (changed) warnings.push('HTML removed from location notes');
  const venue: Venue = {
    name: place.name,
    street: place.street,
    citySubsection: place.citySubsection,
    neighborhood: place.neighborhood,
    city: place.city,
    county: place.county,
    state: state.state,
    postalCode: postal.postalCode,
    country,
    latitude: point.latitude,
    longitude: point.longitude,
    approximate: place.approximate,
    notes,
    regions: place.regions,
    trainLines: place.trainLines,
    busLines: place.busLines,
  };
  return { venue, countryFrom: own !== null ? 'row' : located !== null ? 'coordinates' : 'none' };
}

/**
 * A US venue with no coordinates but a ZIP or a city and state gets the gazetteer's point for
 * it, marked approximate, so that a `near` search of its town finds it. Returns what the
 * point stands for ("ZIP 19040 (Hatboro, PA)"), or null. That is no repair of the row, so it
 * earns no warning: the approximate flag says it.
 */
export function placeApproximately({ venue, countryFrom }: CleanVenue): string | null {
  // A bare "10115" is a ZIP only when the row itself says it is in the US.
  if (venue.latitude !== null || venue.country !== 'US' || countryFrom !== 'row') return null;
  const point = approximateUsPoint(venue);
  if (point === null) return null;
  venue.latitude = point.latitude;
  venue.longitude = point.longitude;
  venue.approximate = true;
  return point.label;
}
