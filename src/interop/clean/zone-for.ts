import { canonicalTimeZone } from '../../domain/time-zone.js';
import { stateByCode } from '../../domain/us-states.js';
import { countryAt } from '../../geo/country-at.js';
import { onlyZoneOf } from '../../geo/country-zone.js';
import { timeZoneAt } from '../../geo/time-zone.js';
import type { Certainty } from '../parsed-feed.js';
import { provinceFrom } from './canadian-provinces.js';

export interface ZoneQuestion {
  /** The row's own zone, or the caller's default for rows without one. */
  given: string | null;
  latitude: number | null;
  longitude: number | null;
  /** A two-letter state or province code, already cleaned. */
  state: string | null;
  country: string;
  /** How the country was known: from the row's own words, or only from its coordinates. */
  countryFrom: 'row' | 'coordinates' | 'none';
  /** An online-only meeting: its coordinates are often a placeholder, somewhere else entirely. */
  onlineOnly: boolean;
  /** When the coordinates are ours, from the row's own ZIP or town, not the feed's: what they stand for. */
  approximate: string | null;
}

export interface Zone {
  zone: string | null;
  /** Says where a zone that the feed did not give came from; null when the feed gave a good one. */
  warning: string | null;
  /** A guess may be replaced by what the rest of the feed says (see `settleFeedPlaces`). */
  certainty: Certainty;
}

/**
 * The meeting's IANA time zone: the feed's own when it is one (case repaired); else, outside
 * the US, the zone of a country whose clocks all read alike; else the zone at its coordinates;
 * else the main zone of its US state or Canadian province. An online meeting's coordinates
 * are trusted only when they lie in the country its own address names (a German area's
 * virtual meetings carry placeholder coordinates in California): otherwise the zone they give
 * is a guess, for the feed to overrule. None found means the row cannot be placed in time.
 */
export function zoneFor(question: ZoneQuestion): Zone {
  const { given, latitude, longitude, state, country, countryFrom, onlineOnly } = question;
  const canonical = given === null ? null : canonicalTimeZone(given);
  if (canonical !== null) return { zone: canonical, warning: null, certainty: 'firm' };
  const why = given === null ? 'no time zone' : `time zone ${JSON.stringify(given)} not recognised`;
  const found = (zone: string, from: string, certainty: Certainty): Zone => ({ zone, warning: `${why}: ${zone} from ${from}`, certainty });
  // A country known only from an online meeting's coordinates is as doubtful as they are.
  const countryCertainty: Certainty = onlineOnly && countryFrom === 'coordinates' ? 'guess' : 'firm';

  const only = country === 'US' || countryFrom === 'none' ? null : onlyZoneOf(country);
  if (only !== null) return found(only, `the country ${country}`, countryCertainty);

  const hasPoint = latitude !== null && longitude !== null;
  const usState = country === 'US' && state !== null ? stateByCode(state) : undefined;
  const province = country === 'CA' && state !== null ? provinceFrom(state) : undefined;
  const regionZone = usState?.timeZone ?? province?.timeZone;
  const regionFrom = `the ${usState ? 'state' : 'province'} ${state}`;
  if (hasPoint) {
    // A venue's own coordinates are trusted as they are; an online meeting's only inside its country.
    const inCountry =
      !onlineOnly || question.approximate !== null || countryFrom === 'coordinates' || countryAt(latitude, longitude) === country;
    const trusted = !onlineOnly || question.approximate !== null || (countryFrom === 'row' && inCountry);
    const pointFrom = question.approximate ?? 'the coordinates';
    if (trusted && inCountry) return found(timeZoneAt(latitude, longitude, usState?.code), pointFrom, 'firm');
    if (regionZone !== undefined) return found(regionZone, regionFrom, 'firm');
    if (inCountry) return found(timeZoneAt(latitude, longitude, usState?.code), 'the coordinates', 'guess');
  }
  if (regionZone !== undefined) return found(regionZone, regionFrom, 'firm');
  return { zone: null, warning: null, certainty: 'none' };
}
