import { canonicalTimeZone } from '../../domain/time-zone.js';
import { stateByCode } from '../../domain/us-states.js';
import { timeZoneAt } from '../../geo/time-zone.js';

export interface ZoneQuestion {
  given: string | null;
  latitude: number | null;
  longitude: number | null;
  /** A two-letter US state code, already cleaned. */
  state: string | null;
  country: string;
}

export interface Zone {
  zone: string | null;
  /** Says where a zone that the feed did not give came from; null when the feed gave a good one. */
  warning: string | null;
}

/**
 * The meeting's IANA time zone: the feed's own when it is one (case repaired), else the zone
 * at its coordinates, else the main zone of its US state. Only a third of virtual BMLT
 * meetings carry a zone, so the fallbacks matter; none found means the row cannot be placed
 * in time, and the caller skips it.
 */
export function zoneFor(question: ZoneQuestion): Zone {
  const { given, latitude, longitude, state, country } = question;
  const canonical = given === null ? null : canonicalTimeZone(given);
  if (canonical !== null) return { zone: canonical, warning: null };
  const why = given === null ? 'no time zone' : `time zone ${JSON.stringify(given)} not recognised`;
  const usState = country === 'US' && state !== null ? stateByCode(state) : undefined;
  if (latitude !== null && longitude !== null) {
    const zone = timeZoneAt(latitude, longitude, usState?.code);
    return { zone, warning: `${why}: ${zone} from the coordinates` };
  }
  if (usState) return { zone: usState.timeZone, warning: `${why}: ${usState.timeZone} from the state ${usState.code}` };
  return { zone: null, warning: null };
}
